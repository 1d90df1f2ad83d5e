package org.slant.annotation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationImport;
import org.slant.annotation.ui.AnnotatedImportView.Owner;
import org.slant.corpus.CorpusService;
import org.slant.platform.ui.NotForYourRolePage;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The managers' page for annotated data without a browser: a doccano file imported, and a refusal. */
@SlantSpringTest
class AnnotatedImportViewTest {

    /** "NATO talks" at UTF-16 units 8-18 (code points 6-16), "Russia" at 21-27 (19-25), as doccano counts. */
    static final String DOCCANO = """
            {"id": 7, "text": "Hi 👋🏽 NATO\\u00a0talks.\\r\\nRussia said 😀 no.", "label": [[8, 18, "Actor"], [21, 27, "Actor"]]}
            {"id": 8, "text": "Short one.", "label": [], "user": "%s"}
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    CorpusService corpus;
    @Autowired
    Memberships memberships;
    @Autowired
    AnnotationImport importer;
    @Autowired
    JdbcTemplate jdbc;

    String lead;
    String annotator;
    UUID projectId;

    @BeforeEach
    void aProjectWithAnAnnotator() {
        lead = TestAccounts.named(users, "lead");
        KaribuViews.signInAndStart(context, lead, "USER");
        projectId = corpus.createProject("Annotated import " + UUID.randomUUID(), "").getId();
        annotator = TestAccounts.named(users, "ana");
        memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    private AnnotatedImportView open() {
        UI.getCurrent().navigate("projects/" + projectId + "/import-annotated");
        return _get(AnnotatedImportView.class);
    }

    private void doccano(AnnotatedImportView view) {
        view.format.setValue(importer.formats().stream().filter(format -> format.name().equals("doccano"))
                .findFirst().orElseThrow());
    }

    @Test
    void importsADoccanoFileAsTheChosenAnnotatorsWorkAndShowsTheCounts() {
        AnnotatedImportView view = open();
        assertThat(view.format.getValue().name()).isEqualTo("slant");
        assertThat(view.importButton.isEnabled()).as("nothing uploaded yet").isFalse();
        doccano(view);
        assertThat(view.owner.getListDataView().getItems().toList()).as("doccano names no annotators")
                .containsExactly(Owner.ANNOTATOR, Owner.SOURCE);
        _upload(view.upload, "admin.jsonl", DOCCANO.formatted(annotator).getBytes(UTF_8));
        view.owner.setValue(Owner.ANNOTATOR);
        view.annotator.setValue(annotator);
        view.layer.setValue("Framing");
        view.createMissing.setValue(true);

        _click(view.importButton);

        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.outcome.getText()).isEqualTo("Imported: 2 documents, 2 spans, 0 answers by 1 annotator.");
        assertThat(view.details.getElement().getTextRecursively()).contains("Created: layer 'Framing'",
                "label 'Actor' of layer 'Framing'");
        assertThat(jdbc.queryForList("select s.start_offset || '-' || s.end_offset from span_annotation s join "
                + "document d on d.id = s.document_id where d.project_id = ? order by s.start_offset", String.class,
                projectId)).containsExactly("6-16", "19-25");
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class,
                projectId)).isEqualTo(2L);
        assertThat(view.importButton.isEnabled()).as("the files are imported and gone").isFalse();
    }

    @Test
    void showsEveryProblemWithItsPlaceAndKeepsTheFilesForAnotherTry() {
        AnnotatedImportView view = open();
        doccano(view);
        _upload(view.upload, "admin.jsonl", DOCCANO.formatted(annotator).getBytes(UTF_8));
        view.annotator.setValue(annotator);
        view.layer.setValue("Framing");

        _click(view.importButton);

        assertThat(view.outcome.getText()).isEqualTo("Nothing was imported. There are 2 problems to fix; the files "
                + "stay chosen for another try:");
        assertThat(_size(view.problems)).isEqualTo(2);
        assertThat(_getFormatted(view.problems, 0, "where")).isEqualTo("schema");
        assertThat(_getFormatted(view.problems, 1, "where")).isEqualTo("admin.jsonl, line 1, field 'label[0]'");
        assertThat(_getFormatted(view.problems, 1, "problem")).isEqualTo("the project has no layer 'Framing' (nor at 1 more "
                + "place)");
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class,
                projectId)).isZero();
        assertThat(view.importButton.isEnabled()).as("the files stay for another try").isTrue();

        view.createMissing.setValue(true);
        _click(view.importButton);

        assertThat(view.outcome.getText()).startsWith("Imported: 2 documents, 2 spans");
    }

    @Test
    void annotatorsAreNotLetIn() {
        KaribuViews.stop();
        KaribuViews.signInAndStart(context, annotator, "USER");

        UI.getCurrent().navigate("projects/" + projectId + "/import-annotated");

        assertThat(_get(NotForYourRolePage.class).reason()).contains("managers");
    }
}
