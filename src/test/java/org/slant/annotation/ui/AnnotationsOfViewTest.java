package org.slant.annotation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.ProjectSettings;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Blind mode in the UI: two annotators on one article, and who sees whose spans. */
@SlantSpringTest
class AnnotationsOfViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    Memberships memberships;
    @Autowired
    AnnotationService annotations;

    String lead;
    String ana;
    String ben;
    UUID projectId;
    UUID documentId;

    @BeforeEach
    void twoAnnotatorsOnOneArticle() {
        lead = TestAccounts.named(users, "lead");
        ana = TestAccounts.named(users, "ana");
        ben = TestAccounts.named(users, "ben");
        signIn(lead);
        projectId = corpus.createProject("Blind " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", "NATO and Russia talked.", null,
                null, null, null, null, Map.of()))).getFirst().getId();
        memberships.add(projectId, ana, ProjectRole.ANNOTATOR);
        memberships.add(projectId, ben, ProjectRole.ANNOTATOR);
        LayerSchema frame = schema.layers(projectId).getFirst();
        signIn(ana);
        annotations.createSpan(documentId, null, new SpanDraft(frame.id(), frame.labels().get(0).id(), 0, 4,
                Map.of()));
        signIn(ben);
        annotations.createSpan(documentId, null, new SpanDraft(frame.id(), frame.labels().get(1).id(), 9, 15,
                Map.of()));
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void inABlindProjectAnAnnotatorSeesOnlyTheirOwnSpans() {
        AnnotationsOfView view = open(ana);
        assertThat(view.annotator.getListDataView().getItems()).containsExactly(ana);
        assertThat(_size(view.spans)).isEqualTo(1);
        assertThat(_getFormatted(view.spans, 0, "text")).isEqualTo("NATO");
        assertThat(view.blindNote.getText()).contains("blind");
        KaribuViews.stop();

        KaribuViews.signInAndStart(context, ana, "USER");
        UI.getCurrent().navigate("annotate/" + documentId);
        assertThat(_get(AnnotateView.class).others.isVisible()).isFalse();
    }

    @Test
    void theManagerSeesEveryonesSpans() {
        AnnotationsOfView view = open(lead);
        assertThat(view.annotator.getListDataView().getItems()).containsExactly(ana, ben);
        view.annotator.setValue(ben);
        assertThat(_getFormatted(view.spans, 0, "text")).isEqualTo("Russia");
        assertThat(_getFormatted(view.spans, 0, "label")).isEqualTo("Capacity and resources");
    }

    @Test
    void whenTheProjectIsNotBlindAnnotatorsReadEachOthersSpans() {
        signIn(lead);
        ProjectDetails project = corpus.projectDetails(projectId);
        corpus.updateProject(projectId, new ProjectSettings(project.name(), project.description(),
                project.guidelines(), project.annotatorsPerDocument(), false, project.snapToWords()));

        AnnotationsOfView view = open(ana);
        assertThat(view.annotator.getListDataView().getItems()).containsExactly(ana, ben);
        view.annotator.setValue(ben);
        assertThat(_getFormatted(view.spans, 0, "text")).isEqualTo("Russia");
    }

    private AnnotationsOfView open(String username) {
        KaribuViews.signInAndStart(context, username, "USER");
        UI.getCurrent().navigate("annotate/" + documentId + "/annotators");
        return _get(AnnotationsOfView.class);
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of()));
    }
}
