package org.slant.curation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.curation.GoldMerge;
import org.slant.curation.GoldService;
import org.slant.curation.GoldSpan;
import org.slant.curation.MergeStrategy;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The merge dialog in Karibu's browserless Vaadin, as a curator uses it: the rule and its threshold, "only these
 * documents", the merge run (on the spot here), and the report with what was left listed.
 */
@SlantSpringTest
class MergeDialogTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GoldMerge merge;
    @Autowired
    GoldService gold;
    @Autowired
    SchemaService schema;
    @Autowired
    SchemaEditor editor;
    @Autowired
    CorpusService corpus;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue queue;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;

    AnnotationFixture project;
    String curator;
    AtomicInteger merged = new AtomicInteger();
    MergeDialog dialog;

    @BeforeEach
    void twoAnnotatorsFinishedTheirWork() {
        project = new AnnotationFixture(corpus, editor);
        curator = member(ProjectRole.CURATOR);
        String amira = member(ProjectRole.ANNOTATOR);
        String jonas = member(ProjectRole.ANNOTATOR);
        UUID person = project.label(project.entities, "Person");
        for (String annotator : List.of(amira, jonas)) {
            ActingAs.user(annotator, () -> annotations.createSpan(project.documentId, null, new SpanDraft(
                    project.entities.id(), person, 20, 28, Map.of())));
        }
        ActingAs.user(amira, () -> annotations.createSpan(project.documentId, null, new SpanDraft(
                project.entities.id(), person, 29, 30, Map.of())));
        for (String annotator : List.of(amira, jonas)) {
            ActingAs.user(annotator, () -> queue.markDone(project.documentId, true));
        }
        KaribuViews.signInAndStart(context, curator, "USER");
        dialog = new MergeDialog(merge, schema, Runnable::run, project.projectId, List.of(project.documentId),
                merged::incrementAndGet);
        dialog.open();
        MockVaadin.clientRoundtrip(false);
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void offersTheRulesTheThresholdOnlyForAtLeastAndTheDocumentsGiven() {
        assertThat(dialog.strategy.getValue()).isEqualTo(MergeStrategy.MAJORITY);
        assertThat(dialog.minAnnotators.isVisible()).isFalse();
        dialog.strategy.setValue(MergeStrategy.AT_LEAST);
        assertThat(dialog.minAnnotators.isVisible()).isTrue();
        assertThat(dialog.minAnnotators.getValue()).isEqualTo(2);
        assertThat(dialog.onlyThese.getLabel()).isEqualTo("Only this document");
        assertThat(dialog.onlyThese.getValue()).isTrue();
        assertThat(dialog.layers.getListDataView().getItems().map(layer -> layer.name()))
                .containsExactly("Stance", "Entities", "Overall");
        assertThat(dialog.left.isVisible()).isFalse();
    }

    @Test
    void mergesAndShowsWhatWasMergedAndWhatWasLeft() {
        dialog.strategy.setValue(MergeStrategy.UNANIMOUS);
        dialog.layers.select(project.entities);

        _click(dialog.mergeButton);
        MockVaadin.runUIQueue();

        assertThat(dialog.counts.getText()).isEqualTo("UNANIMOUS merged 1 span and 0 answers into 1 document of 1; "
                + "0 already in gold. 1 span or answer left for you (below).");
        assertThat(dialog.left.isVisible()).isTrue();
        assertThat(_size(dialog.left)).isEqualTo(1);
        assertThat(_getFormatted(dialog.left, 0, "label")).isEqualTo("Entities: Person");
        assertThat(_getFormatted(dialog.left, 0, "where")).isEqualTo("29..30");
        assertThat(_getFormatted(dialog.left, 0, "text")).isEqualTo("😀");
        assertThat(_getFormatted(dialog.left, 0, "reason")).isEqualTo("marked by 1 of 2 annotators; UNANIMOUS "
                + "needs 2");
        assertThat(dialog.attributesLeft.isVisible()).isFalse();
        assertThat(merged.get()).isEqualTo(1);
        assertThat(dialog.mergeButton.isEnabled()).isTrue();
        assertThat(gold.goldOf(project.documentId).spans()).extracting(GoldSpan::text, GoldSpan::originDetail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("minister", "UNANIMOUS"));
    }

    private String member(ProjectRole role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(name, name, "{noop}unused", SystemRole.USER));
        memberships.add(project.projectId, name, role);
        return name;
    }
}
