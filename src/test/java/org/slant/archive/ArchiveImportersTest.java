package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.ForbiddenException;
import org.slant.team.AccessTokens;
import org.slant.team.Accounts;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may import a project archive: exactly those who may start a project (decision 0029), through the API and the
 * service the web UI calls. Each caller tries both; the answers are the same kind, and a refused import reads not a
 * byte of its upload.
 */
@SlantSpringTest
class ArchiveImportersTest {

    enum Caller { ADMIN, USER_WITHOUT_PROJECTS, ANNOTATOR_ELSEWHERE, DEACTIVATED, ANONYMOUS }

    private static final String PASSWORD = "importers-password";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AccessTokens tokens;
    @Autowired
    Memberships memberships;
    @Autowired
    CorpusService corpus;
    @Autowired
    ProjectArchiveExport archives;
    @Autowired
    ProjectArchiveImport importer;
    @Autowired
    JdbcTemplate jdbc;

    ArchiveZip original;

    @BeforeEach
    void aProjectExportedWithItsAdminOnly() {
        UUID projectId = corpus.createProject("Importers " + UUID.randomUUID(), "").getId();
        corpus.addDocuments(projectId, List.of(new NewDocument("One", "A text to carry.", null, null, null, null,
                null, Map.of())));
        original = ArchiveZip.read(ArchiveZip.exported(archives, projectId));
    }

    @Test
    void whoMayStartAProjectMayImportOneAndNoOneElse() {
        for (Caller caller : Caller.values()) {
            ApiClient api = client(caller);
            long projects = projects();

            Response created = api.post("/api/v1/projects", "{\"name\":\"Started " + UUID.randomUUID() + "\"}");
            // the archive names only the admin, who has an account here: anyone may import it
            Response imported = api.post("/api/v1/projects/archive", "application/zip",
                    BodyPublishers.ofByteArray(original.withNewIds().bytes()));

            int expected = caller == Caller.DEACTIVATED || caller == Caller.ANONYMOUS ? 401 : 201;
            assertThat(created.status()).as(caller + " creating: " + created.body()).isEqualTo(expected);
            assertThat(imported.status()).as(caller + " importing: " + imported.body()).isEqualTo(expected);
            assertThat(projects()).as(caller.name()).isEqualTo(projects + (expected == 201 ? 2 : 0));
            if (expected == 201) {
                String username = api.get("/api/v1/users/me").json().path("username").asString();
                UUID importedId = UUID.fromString(imported.json().path("projectId").asString());
                assertThat(jdbc.queryForObject("select m.role from membership m join app_user u on u.id = m.user_id "
                        + "where m.project_id = ? and u.username = ?", String.class, importedId, username))
                        .as(caller + " manages the copy").isEqualTo("MANAGER");
            }
        }
    }

    @Test
    void noOneSignedInIsRefusedBeforeAByteOfTheUploadIsRead() {
        AtomicLong read = new AtomicLong();
        InputStream upload = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return -1;
            }
        };
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> importer.importArchive(upload, 10)).isInstanceOf(ForbiddenException.class);
        assertThat(read).hasValue(0);
    }

    private ApiClient client(Caller caller) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return switch (caller) {
            case ADMIN -> ApiClient.bearer(port, tokens.create("importers " + suffix, null).token());
            case USER_WITHOUT_PROJECTS -> ApiClient.basic(port, account("starter-" + suffix), PASSWORD);
            case ANNOTATOR_ELSEWHERE -> {
                String username = account("annotator-" + suffix);
                UUID elsewhere = corpus.createProject("Elsewhere " + suffix, "").getId();
                memberships.add(elsewhere, username, ProjectRole.ANNOTATOR);
                yield ApiClient.basic(port, username, PASSWORD);
            }
            case DEACTIVATED -> {
                String username = account("gone-" + suffix);
                String token = ActingAs.user(username, () -> tokens.create("before leaving", null).token());
                accounts.setActive(accounts.accounts().stream().filter(one -> one.username().equals(username))
                        .findFirst().orElseThrow().id(), false);
                yield ApiClient.bearer(port, token);
            }
            case ANONYMOUS -> ApiClient.anonymous(port);
        };
    }

    private String account(String username) {
        accounts.create(username, username, PASSWORD, SystemRole.USER);
        return username;
    }

    private long projects() {
        return jdbc.queryForObject("select count(*) from project", Long.class);
    }
}
