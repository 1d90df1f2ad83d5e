package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may import what: anyone signed in may bring an archive in as a new project (and manages it); only a system
 * admin's import creates accounts; a refusal tells nothing of a project the caller may not see.
 */
@SlantSpringTest
class ProjectArchiveImportRulesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "rules-password";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    String projectName;
    UUID projectId;
    ArchiveZip original;
    /** An annotator of the project, and someone who is no member of it. */
    String member;
    String outsider;

    @BeforeEach
    void aProjectExportedByItsManager() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        member = account("member-" + suffix);
        outsider = account("outsider-" + suffix);
        projectName = "Import rules " + suffix;
        projectId = corpus.createProject(projectName, "").getId();
        memberships.add(projectId, member, ProjectRole.ANNOTATOR);
        LayerSchema attribution = schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING)
                .orElseThrow()).layers().getFirst();
        UUID document = corpus.addDocuments(projectId, List.of(new NewDocument("Secret title", "The minister "
                + "said talks would continue.", "Outlet", "Story", null, null, null, Map.of()))).getFirst().getId();
        annotations.createSpan(document, null, new SpanDraft(attribution.id(), attribution.labels().getFirst().id(),
                0, 12, Map.of()));
        HttpResponse<byte[]> download = as("admin").download(projectId);
        assertThat(download.statusCode()).isEqualTo(200);
        original = ArchiveZip.read(download.body());
    }

    @Test
    void anyoneSignedInImportsAnArchiveWhosePeopleHaveAccountsAndManagesTheCopy() {
        ArchiveZip copy = original.withNewIds();
        long accounts = count("app_user");

        HttpResponse<String> response = as(outsider).uploadBody(copy.bytes());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("annotatorsMatched").valueStream().map(JsonNode::stringValue)).contains("admin");
        assertThat(answer.get("annotatorsCreated")).isEmpty();
        assertThat(count("app_user")).isEqualTo(accounts);
        assertThat(jdbc.queryForObject("select m.role from membership m join app_user u on u.id = m.user_id "
                + "where m.project_id = ? and u.username = ?", String.class, copy.projectId(), outsider))
                .isEqualTo("MANAGER");
        assertThat(as(outsider).download(copy.projectId()).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminsImportCreatesAccountsAndAnyoneElsesIsRefusedListingTheMissingOnes() {
        ArchiveZip strangers = original.asAnotherProject();
        List<String> missing = strangers.json("annotators.json").get("annotators").valueStream()
                .map(annotator -> annotator.get("username").stringValue()).toList();
        // the admin who annotated and the member, renamed
        assertThat(missing).hasSize(2).anyMatch(username -> username.startsWith("admin-"))
                .anyMatch(username -> username.startsWith(member + "-"));
        long accounts = count("app_user");

        HttpResponse<String> refused = as(member).uploadForm(strangers.bytes(), "strangers.slant.zip");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("missingUsernames").valueStream().map(JsonNode::stringValue))
                .containsExactlyElementsOf(missing);
        assertThat(problem.get("detail").stringValue()).contains(missing.getFirst())
                .contains("only a system administrator's import creates accounts");
        assertThat(problem.get("problems").valueStream().map(found -> found.get("where").stringValue() + ": "
                + found.get("message").stringValue())).containsExactlyElementsOf(missing.stream()
                .map(username -> "annotators.json: no account here is named '" + username + "'").toList());
        assertThat(count("app_user")).isEqualTo(accounts);
        assertThat(jdbc.queryForObject("select count(*) from project where id = ?", Long.class,
                strangers.projectId())).isZero();

        HttpResponse<String> admins = as("admin").uploadBody(strangers.bytes());

        assertThat(admins.statusCode()).as(admins.body()).isEqualTo(201);
        assertThat(JSON.readTree(admins.body()).get("annotatorsCreated").valueStream().map(JsonNode::stringValue))
                .containsExactlyElementsOf(missing);
        assertThat(jdbc.queryForObject("select active from app_user where username = ?", Boolean.class,
                missing.getFirst())).isFalse();
    }

    @Test
    void theProjectAlreadyHereIsNamedOnlyToAdminsAndItsMembers() {
        Map<String, List<String>> before = ProjectRows.of(jdbc, projectId);

        JsonNode toOutsider = conflict(outsider);
        JsonNode toMember = conflict(member);
        JsonNode toAdmin = conflict("admin");

        assertThat(toOutsider.get("detail").stringValue()).startsWith("A project with this archive's id is already "
                + "here, in this installation; ask its managers or an administrator.")
                .doesNotContain(projectName).doesNotContain(projectId.toString());
        assertThat(toOutsider.has("projectId")).isFalse();
        for (JsonNode seen : List.of(toMember, toAdmin)) {
            assertThat(seen.get("detail").stringValue()).startsWith("This project is already here: '" + projectName
                    + "' has the archive's project id " + projectId);
            assertThat(seen.get("projectId").stringValue()).isEqualTo(projectId.toString());
        }
        assertThat(ProjectRows.of(jdbc, projectId)).isEqualTo(before);
    }

    @Test
    void aRowTheDatabaseRefusesTellsNothingOfTheOtherProjectsRowItCollidesWith() {
        UUID hiddenDocument = jdbc.queryForObject("select id from document where project_id = ?", UUID.class,
                projectId);
        ArchiveZip copy = original.withNewIds();
        String copiedDocument = JSON.readTree(copy.lines("documents.jsonl").getFirst()).get("id").stringValue();
        // the copy's document takes the id of a document in a project the outsider cannot see
        ArchiveZip colliding = copy.replacing(copiedDocument, hiddenDocument.toString());
        long accounts = count("app_user");

        HttpResponse<String> response = as(outsider).uploadBody(colliding.bytes());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("problems")).singleElement().satisfies(found -> {
            assertThat(found.get("where").stringValue()).isEqualTo("documents.jsonl");
            assertThat(found.get("message").stringValue()).isEqualTo("cannot be stored here: duplicate key value "
                    + "violates unique constraint \"document_pkey\"");
        });
        assertThat(response.body()).doesNotContain(projectId.toString()).doesNotContain(projectName)
                .doesNotContain("Secret title").doesNotContain("Key (");
        assertThat(jdbc.queryForObject("select count(*) from project where id = ?", Long.class,
                colliding.projectId())).isZero();
        assertThat(count("app_user")).isEqualTo(accounts);
    }

    private JsonNode conflict(String username) {
        HttpResponse<String> response = as(username).uploadBody(original.bytes());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return JSON.readTree(response.body());
    }

    private String account(String username) {
        users.save(new User(username, username, "{noop}" + PASSWORD, SystemRole.USER));
        return username;
    }

    private ArchiveHttp as(String username) {
        return ArchiveHttp.as(port, username, username.equals("admin") ? SlantSpringTest.ADMIN_PASSWORD : PASSWORD);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
