package org.slant.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.corpus.CorpusService;
import org.slant.schema.AttributeType;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.TestAccounts;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves keep the project's layers, and the caller's id from their token, between requests: what a save is checked
 * against must still be what the database holds once a schema edit, a revoked token or a removed member has
 * committed, however many saves came before.
 */
@SlantSpringTest
class SavesAfterChangesTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    AnnotationFixture fixture;
    User user;
    ApiClient withPassword;
    ApiClient annotator;
    String tokenId;
    String path;

    @BeforeEach
    void anAnnotatorWithAToken() {
        fixture = new AnnotationFixture(corpus, editor);
        user = new TestAccounts(users, passwords, jdbc).create("saves-after", SystemRole.USER);
        memberships.add(fixture.projectId, user.getUsername(), ProjectRole.ANNOTATOR);
        withPassword = ApiClient.basic(port, user.getUsername(), TestAccounts.PASSWORD);
        Response token = withPassword.post("/api/v1/users/me/tokens", "{\"name\": \"saves\"}").expect(201, "token");
        tokenId = token.json().get("id").asString();
        annotator = ApiClient.bearer(port, token.json().get("token").asString());
        path = "/api/v1/documents/" + fixture.documentId + "/annotations";
    }

    @Test
    void aLabelAddedOrDeletedElsewhereCountsForTheNextSave() {
        assertThat(save(fixture.entities, "Person", 0, 2, "").status()).isEqualTo(201);

        LayerSchema added = editor.addLabel(fixture.entities.id(), new LabelDraft("Place", "#17becf", null, ""));
        assertThat(save(added, "Place", 3, 5, "").status()).as("a label added after the layers were kept")
                .isEqualTo(201);

        UUID person = fixture.label(fixture.entities, "Person");
        editor.deleteLabel(fixture.entities.id(), person, true);
        Response refused = annotator.post(path, body(fixture.entities.id(), person, 6, 7, ""));
        assertThat(refused.status()).as("a deleted label").isEqualTo(400);
        assertThat(refused.json().get("problems").get(0).get("where").asString()).isEqualTo("label");
        assertThat(refused.json().get("problems").get(0).get("message").asString())
                .isEqualTo("not a label of layer 'Entities'");
    }

    @Test
    void anAttributeAddedOrALabelRenamedElsewhereCountsForTheNextSave() {
        LayerSchema withPlace = editor.addLabel(fixture.entities.id(), new LabelDraft("Place", "#17becf", null, ""));
        assertThat(save(withPlace, "Person", 0, 2, "").status()).isEqualTo(201);
        UUID person = fixture.label(withPlace, "Person");
        LayerSchema withRole = editor.addAttribute(fixture.entities.id(), new AttributeDraft(person, "role",
                AttributeType.CHOICE, List.of("official", "witness"), false, null, null, ""));
        String role = "\"" + fixture.key(withRole, "role") + "\": \"witness\"";
        Response saved = save(withRole, "Person", 3, 5, role);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("attributes").get(fixture.key(withRole, "role")).asString()).isEqualTo("witness");

        editor.updateLabel(fixture.entities.id(), person, new LabelDraft("Human", "#1f77b4", null, ""));
        Response refused = save(withRole, "Place", 6, 7, role);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("problems").get(0).get("message").asString())
                .isEqualTo("'role' is asked only for label 'Human'");
    }

    /**
     * A save that reads the layers while an edit is under way, before it commits, reads the old ones; they must not
     * be the ones kept once the edit has committed.
     */
    @Test
    void layersReadWhileAnEditIsUnderWayAreNotKeptAfterItCommits() {
        assertThat(save(fixture.entities, "Person", 0, 2, "").status()).isEqualTo(201);
        LayerSchema[] added = new LayerSchema[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            added[0] = editor.addLabel(fixture.entities.id(), new LabelDraft("Place", "#17becf", null, ""));
            // another request, meanwhile, reads (and may keep) the layers as committed: without Place
            Response meanwhile = CompletableFuture.supplyAsync(() -> annotator.post(path,
                    body(fixture.entities.id(), fixture.label(fixture.entities, "Person"), 3, 5, ""))).join();
            assertThat(meanwhile.status()).isEqualTo(201);
        });
        Response afterCommit = save(added[0], "Place", 6, 7, "");
        assertThat(afterCommit.status()).as(afterCommit.body()).isEqualTo(201);
    }

    @Test
    void aRevokedTokenOrARemovedMemberIsRefusedAtOnce() {
        assertThat(save(fixture.entities, "Person", 0, 2, "").status()).isEqualTo(201);
        memberships.remove(fixture.projectId, user.getId());
        assertThat(save(fixture.entities, "Person", 3, 5, "").status()).as("no longer a member").isEqualTo(404);
        memberships.add(fixture.projectId, user.getUsername(), ProjectRole.ANNOTATOR);
        assertThat(save(fixture.entities, "Person", 3, 5, "").status()).isEqualTo(201);

        assertThat(withPassword.delete("/api/v1/users/me/tokens/" + tokenId).status()).isEqualTo(204);
        Response refused = save(fixture.entities, "Person", 6, 7, "");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from span_annotation where annotator_id = ?", Long.class,
                user.getId())).isEqualTo(2);
    }

    private Response save(LayerSchema layer, String label, int start, int end, String attributes) {
        return annotator.post(path, body(layer.id(), fixture.label(layer, label), start, end, attributes));
    }

    private static String body(UUID layer, UUID label, int start, int end, String attributes) {
        return "{\"layer\": \"" + layer + "\", \"label\": \"" + label + "\", \"start\": " + start + ", \"end\": " + end
                + ", \"attributes\": {" + attributes + "}}";
    }
}
