package org.slant.curation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.curation.QualityMeasure;
import org.slant.curation.QualityStudy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The quality page on {@link QualityStudy}, whose figures are worked out by hand in AnnotatorQualityTest. */
@SlantSpringTest
class QualityViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void aManagerSeesEveryAnnotatorsFiguresWithTheirCountsExactOrOverlap() {
        QualityStudy study = study();
        QualityView view = show(study, study.manager);

        assertThat(view.basis.getText()).startsWith("3 documents with gold and work marked done; annotators: "
                + study.amira + ", " + study.jonas);
        assertThat(view.figures.getColumnByKey("annotator").isVisible()).isTrue();
        int stance = row(view, study.amira, "Stance", "all labels");
        assertThat(_getFormatted(view.figures, stance, "match")).isEqualTo("Exact");
        assertThat(_getFormatted(view.figures, stance, "f1")).isEqualTo("0.200");
        assertThat(_getFormatted(view.figures, stance, "matched")).isEqualTo("1");
        assertThat(_getFormatted(view.figures, stance, "theirs")).isEqualTo("5");
        assertThat(_getFormatted(view.figures, stance, "gold")).isEqualTo("5");
        assertThat(_getFormatted(view.figures, stance, "documents")).isEqualTo("3");
        assertThat(_getFormatted(view.figures, row(view, study.jonas, "Overall", "Left"), "precision"))
                .isEqualTo("undefined");

        view.match.setValue(QualityMeasure.F1_OVERLAP);
        assertThat(_getFormatted(view.figures, row(view, study.amira, "Stance", "all labels"), "f1"))
                .isEqualTo("0.600");
        assertThat(_getFormatted(view.figures, row(view, study.amira, "Overall", "all labels"), "match"))
                .as("answers have only exact figures").isEqualTo("Exact");
        view.layer.setValue("Entities");
        assertThat(view.shownFigures()).allMatch(figure -> figure.layer().equals("Entities")
                && figure.measure() == QualityMeasure.F1_OVERLAP);
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Quality · ");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("current")).getText()).isEqualTo("Quality");
    }

    @Test
    void theConfusionTableOfAChosenAnnotatorAndLayer() {
        QualityStudy study = study();
        QualityView view = show(study, study.curator);

        view.confusionAnnotator.setValue(study.jonas);
        view.confusionLayer.setValue("Stance");

        // rows Support, Oppose, Missed; columns Support, Oppose, No gold span
        assertThat(_size(view.confusion)).isEqualTo(3);
        assertThat(_getFormatted(view.confusion, 0, "label")).isEqualTo("Support");
        assertThat(_getFormatted(view.confusion, 0, "Support")).isEqualTo("1");
        assertThat(_getFormatted(view.confusion, 0, ConfusionGrid.NO_GOLD_SPAN)).isEqualTo("1");
        assertThat(_getFormatted(view.confusion, 1, "Oppose")).isEqualTo("1");
        assertThat(_getFormatted(view.confusion, 2, "label")).isEqualTo("Missed");
        assertThat(_getFormatted(view.confusion, 2, "Support")).isEqualTo("1");
        assertThat(_getFormatted(view.confusion, 2, ConfusionGrid.NO_GOLD_SPAN)).isEmpty();

        view.confusionAnnotator.setValue(study.amira);
        assertThat(_getFormatted(view.confusion, 1, "Support")).as("her Oppose over gold Support").isEqualTo("1");
    }

    @Test
    void anAnnotatorSeesOnlyTheirOwnQuality() {
        QualityStudy study = study();
        QualityView view = show(study, study.jonas);

        assertThat(view.intro.getText()).startsWith("Your quality against gold");
        assertThat(view.figures.getColumnByKey("annotator").isVisible()).isFalse();
        assertThat(view.figures.getColumnByKey("theirs").getHeaderText()).isEqualTo("Yours");
        assertThat(view.confusionAnnotator.isVisible()).isFalse();
        assertThat(view.report.annotators()).containsExactly(study.jonas);
        assertThat(view.shownFigures()).allMatch(figure -> figure.annotator().equals(study.jonas)).isNotEmpty();
        assertThat(view.basis.getText()).isEqualTo("2 documents with gold and work marked done. Undefined means "
                + "there is nothing to divide by: no spans or answers on that side.");
    }

    @Test
    void withoutGoldThePageSaysWhyThereAreNoFigures() {
        UUID fresh = corpus.createProject("No gold " + UUID.randomUUID(), "").getId();
        QualityView view = show(fresh, "admin", "ADMIN");

        assertThat(view.basis.getText()).startsWith("No gold yet: curate documents or merge the annotators' work "
                + "into gold first");
        assertThat(view.report.figures()).isEmpty();
        assertThat(view.figures.getParent().orElseThrow().isVisible()).as("no empty tables").isFalse();
    }

    private QualityStudy study() {
        return new QualityStudy(context);
    }

    private QualityView show(QualityStudy study, String username) {
        return show(study.projectId, username, "USER");
    }

    private QualityView show(UUID projectId, String username, String role) {
        KaribuViews.signInAndStart(context, username, role);
        UI.getCurrent().navigate("projects/" + projectId + "/quality");
        QualityView view = _get(QualityView.class);
        view.executor = Runnable::run;
        // what the browser's first answer asks for
        view.measure();
        MockVaadin.runUIQueue();
        return view;
    }

    private static int row(QualityView view, String annotator, String layer, String label) {
        for (int row = 0; row < _size(view.figures); row++) {
            if (_getFormatted(view.figures, row, "annotator").equals(annotator)
                    && _getFormatted(view.figures, row, "layer").equals(layer)
                    && _getFormatted(view.figures, row, "label").equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + annotator + ", " + layer + ", " + label);
    }
}
