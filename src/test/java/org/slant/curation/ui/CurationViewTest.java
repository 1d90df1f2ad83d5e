package org.slant.curation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.curation.CurationStatus;
import org.slant.curation.GoldService;
import org.slant.platform.ui.NotForYourRolePage;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curation view as a curator and an annotator meet it: the curator gets gold and each annotator's lane (letters
 * in a blind project) and the answers side by side, takes an answer into gold and marks the document curated; an
 * annotator is refused the page.
 */
@SlantSpringTest
class CurationViewTest {

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
    @Autowired
    GoldService gold;
    @Autowired
    JsonMapper json;

    String curator;
    String coder;
    UUID documentId;
    LayerSchema frame;
    LayerSchema primary;

    @BeforeEach
    void aBlindProjectWithOneAnnotatorsWork() {
        curator = TestAccounts.named(users, "curator");
        coder = TestAccounts.named(users, "coder");
        UUID projectId = ActingAs.user(curator, () -> corpus.createProject(ProjectSettings.named("Curate "
                + UUID.randomUUID(), "")).getId());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        frame = schema.layers(projectId).stream().filter(layer -> layer.kind() == LayerKind.SPAN).findFirst()
                .orElseThrow();
        primary = schema.layers(projectId).stream().filter(layer -> layer.kind() == LayerKind.DOCUMENT).findFirst()
                .orElseThrow();
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", "NATO and Russia talked.",
                null, null, null, null, null, Map.of()))).getFirst().getId();
        memberships.add(projectId, coder, ProjectRole.ANNOTATOR);
        ActingAs.user(coder, () -> {
            annotations.createSpan(documentId, null, new SpanDraft(frame.id(), frame.labels().getFirst().id(), 0, 4,
                    Map.of()));
            annotations.createAnswer(documentId, null, new AnswerDraft(primary.id(), primary.labels().get(2).id(),
                    Map.of()));
        });
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void aCuratorSeesTheLanesTakesAnAnswerAndMarksTheDocumentCurated() {
        KaribuViews.signInAndStart(context, curator, "USER");
        UI.getCurrent().navigate("documents/" + documentId + "/curate");
        CurationView view = _get(CurationView.class);

        assertThat(json.readTree(view.curator.getElement().getProperty("lanes")).get("lanes").valueStream()
                .map(lane -> lane.get("name").asString()).toList()).containsExactly("A");
        assertThat(view.statusText()).isEqualTo("Not started");
        _get(view.answers, Button.class, spec -> spec.withText("Take")).click();

        assertThat(ActingAs.user(curator, () -> gold.goldOf(documentId)).answers()).extracting(a -> a.label())
                .containsExactly(primary.labels().get(2).id());
        assertThat(view.statusText()).isEqualTo("In progress");
        view.curated.click();
        assertThat(view.state()).isEqualTo(CurationStatus.CURATED);
        assertThat(view.reopen.isVisible()).isTrue();
        assertThat(view.curator.getElement().getProperty("readOnly", false)).isTrue();
    }

    @Test
    void markingCuratedGoesOnToTheNextDocumentNotYetCurated() {
        UUID projectId = corpus.document(documentId).projectId();
        List<UUID> later = corpus.addDocuments(projectId, List.of(
                new NewDocument("Second", "A second text.", null, null, null, null, null, Map.of()),
                new NewDocument("Third", "A third text.", null, null, null, null, null, Map.of())))
                .stream().map(document -> document.getId()).toList();
        ActingAs.user(curator, () -> gold.markCurated(later.get(0)));
        KaribuViews.signInAndStart(context, curator, "USER");
        UI.getCurrent().navigate("documents/" + documentId + "/curate");

        _get(CurationView.class).curated.click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("documents/" + later.get(1)
                + "/curate");
        assertThat(_get(CurationView.class).next.isEnabled()).isFalse();
    }

    @Test
    void anAnnotatorIsRefusedThePage() {
        KaribuViews.signInAndStart(context, coder, "USER");
        UI.getCurrent().navigate("documents/" + documentId + "/curate");
        assertThat(_get(NotForYourRolePage.class).reason()).contains("managers and curators");
    }
}
