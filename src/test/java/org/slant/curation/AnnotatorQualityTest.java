package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Annotator quality on {@link QualityStudy}, every figure worked out by hand from its table. */
@SlantSpringTest
class AnnotatorQualityTest {

    private static final Offset<Double> CLOSE = Offset.offset(0.0005);

    @Autowired
    AnnotatorQuality quality;
    @Autowired
    UserRepository users;
    @Autowired
    ApplicationContext context;

    QualityStudy study;
    QualityReport report;

    @BeforeEach
    void theStudy() {
        study = new QualityStudy(context);
        report = ActingAs.user(study.manager, () -> quality.report(study.projectId, Set.of(), null));
    }

    @Test
    void onlyDocumentsWithGoldThatTheAnnotatorFinishedCount() {
        // D1, D2 and D4 have gold (D4's is empty); D3 has none
        assertThat(report.documentsWithGold()).isEqualTo(3);
        assertThat(report.documents()).isEqualTo(3);
        assertThat(report.annotators()).containsExactly(study.amira, study.jonas);
        // amira finished D1, D2, D4; jonas D1 and D4 (D2 is still in progress)
        assertThat(figure(study.amira, "Stance", null, QualityMeasure.F1_EXACT).documents()).isEqualTo(3);
        assertThat(figure(study.jonas, "Stance", null, QualityMeasure.F1_EXACT).documents()).isEqualTo(2);
    }

    @Test
    void amirasSpansMatchExactlyOnceButOverlapThrice() {
        // exact: only Oppose [0,6) on D1. Her spans: D1 3, D2 1, D4 1 = 5; gold: D1 3, D2 2 = 5
        expect(figure(study.amira, "Stance", null, QualityMeasure.F1_EXACT), 1, 5, 5, 0.2, 0.2, 0.2);
        // overlap: D1 Oppose [0,6) and Support [11,15) inside [9,28); D2 her [9,28) pairs with one of the two gold
        // spans it covers, not both; Oppose [29,36) meets only a Support gold span; D4 has no gold
        expect(figure(study.amira, "Stance", null, QualityMeasure.F1_OVERLAP), 3, 5, 5, 0.6, 0.6, 0.6);
        // Oppose: hers [0,6) and [29,36), gold [0,6): P 1/2, R 1/1, F1 2·1/(2+1)
        expect(figure(study.amira, "Stance", "Oppose", QualityMeasure.F1_EXACT), 1, 2, 1, 0.5, 1.0, 2.0 / 3);
        expect(figure(study.amira, "Stance", "Oppose", QualityMeasure.F1_OVERLAP), 1, 2, 1, 0.5, 1.0, 2.0 / 3);
        // Support: hers D1 [11,15), D2 [9,28), D4 [16,19); gold D1 [9,28) [29,37), D2 [11,15) [20,28)
        expect(figure(study.amira, "Stance", "Support", QualityMeasure.F1_EXACT), 0, 3, 4, 0.0, 0.0, 0.0);
        expect(figure(study.amira, "Stance", "Support", QualityMeasure.F1_OVERLAP), 2, 3, 4, 2.0 / 3, 0.5, 4.0 / 7);
        // Person [20,28) "minister" against gold [16,28) "the minister"
        expect(figure(study.amira, "Entities", null, QualityMeasure.F1_EXACT), 0, 1, 1, 0.0, 0.0, 0.0);
        expect(figure(study.amira, "Entities", "Person", QualityMeasure.F1_OVERLAP), 1, 1, 1, 1.0, 1.0, 1.0);
    }

    @Test
    void jonassSpansMatchTheSameExactlyAndByOverlap() {
        // D1: Oppose [0,6) and Support [9,28) exact; Support [6,9) (x and CRLF) touches [9,28) and meets nothing
        expect(figure(study.jonas, "Stance", null, QualityMeasure.F1_EXACT), 2, 3, 3, 2.0 / 3, 2.0 / 3, 2.0 / 3);
        expect(figure(study.jonas, "Stance", null, QualityMeasure.F1_OVERLAP), 2, 3, 3, 2.0 / 3, 2.0 / 3, 2.0 / 3);
        expect(figure(study.jonas, "Stance", "Support", QualityMeasure.F1_EXACT), 1, 2, 2, 0.5, 0.5, 0.5);
        // Person: D1 [16,28) exact; D4's [20,28) meets empty gold
        expect(figure(study.jonas, "Entities", "Person", QualityMeasure.F1_EXACT), 1, 2, 1, 0.5, 1.0, 2.0 / 3);
    }

    @Test
    void answersAreMatchedByLabelAndUndefinedIsNullNeverZero() {
        // amira: D1 Left = Left, D2 Right = Right, D4 Left against no gold answer
        expect(figure(study.amira, "Overall", null, QualityMeasure.F1_EXACT), 2, 3, 2, 2.0 / 3, 1.0, 0.8);
        expect(figure(study.amira, "Overall", "Left", QualityMeasure.F1_EXACT), 1, 2, 1, 0.5, 1.0, 2.0 / 3);
        // jonas: D1 Right where gold says Left; nothing on D4
        expect(figure(study.jonas, "Overall", null, QualityMeasure.F1_EXACT), 0, 1, 1, 0.0, 0.0, 0.0);
        QualityFigure left = figure(study.jonas, "Overall", "Left", QualityMeasure.F1_EXACT);
        assertThat(left.precision()).as("he never answered Left").isNull();
        assertThat(left.recall()).isEqualTo(0.0);
        assertThat(left.value()).isEqualTo(0.0);
        assertThat(figure(study.jonas, "Overall", "Right", QualityMeasure.F1_EXACT).recall()).isNull();
        assertThat(report.figures()).noneMatch(figure -> figure.layer().equals("Overall")
                && figure.measure() == QualityMeasure.F1_OVERLAP);
    }

    @Test
    void theConfusionTablesSayWhichGoldLabelTheirSpansMet() {
        LabelConfusion amiras = confusion(study.amira, "Stance");
        assertThat(amiras.labels()).containsExactly("Support", "Oppose");
        // her Oppose [29,36) met only the gold Support [29,37); her D4 Support met no gold span; nothing missed
        assertThat(amiras.cells()).extracting(LabelConfusion.Cell::label, LabelConfusion.Cell::goldLabel,
                LabelConfusion.Cell::count).containsExactlyInAnyOrder(tuple("Support", "Support", 2L),
                        tuple("Support", null, 1L), tuple("Oppose", "Support", 1L), tuple("Oppose", "Oppose", 1L));
        LabelConfusion jonass = confusion(study.jonas, "Stance");
        // he missed D1's gold Support [29,37) "😀 today."; his [6,9) met no gold span
        assertThat(jonass.count(null, "Support")).isEqualTo(1);
        assertThat(jonass.count("Support", null)).isEqualTo(1);
        assertThat(jonass.count("Support", "Support")).isEqualTo(1);
        assertThat(jonass.count("Oppose", "Oppose")).isEqualTo(1);
        assertThat(jonass.cells()).hasSize(4);
        assertThat(confusion(study.jonas, "Entities").count("Person", null)).isEqualTo(1);
        assertThat(report.confusion()).noneMatch(table -> table.layer().equals("Overall"));
    }

    @Test
    void anAnnotatorGetsOnlyTheirOwnFiguresAndMayNotAskForSomeoneElse() {
        QualityReport own = ActingAs.user(study.jonas, () -> quality.report(study.projectId, Set.of("Stance"),
                null));

        assertThat(own.annotators()).containsExactly(study.jonas);
        assertThat(own.figures()).extracting(QualityFigure::annotator).containsOnly(study.jonas);
        assertThat(own.figures()).extracting(QualityFigure::layer).containsOnly("Stance");
        assertThat(own.documents()).isEqualTo(2);
        assertThat(ActingAs.user(study.jonas, () -> quality.report(study.projectId, Set.of(), study.jonas))
                .figures()).hasSize(13);
        assertThatThrownBy(() -> ActingAs.user(study.jonas, () -> quality.report(study.projectId, Set.of(),
                study.amira))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void managersAndCuratorsMayChooseOneAnnotatorAndUnknownNamesAreRefused() {
        QualityReport amiras = ActingAs.user(study.curator, () -> quality.report(study.projectId, Set.of(),
                study.amira));

        assertThat(amiras.annotators()).containsExactly(study.amira);
        assertThat(amiras.figures()).hasSize(13);
        assertThatThrownBy(() -> quality.report(study.projectId, Set.of("Frames"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("layer");
        assertThatThrownBy(() -> quality.report(study.projectId, Set.of(), "nobody"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("annotator");
        String outsider = org.slant.team.TestAccounts.named(users, "outsider");
        assertThatThrownBy(() -> ActingAs.user(outsider, () -> quality.report(study.projectId, Set.of(), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void finishedWorkWithoutGoldHasNoFigures() {
        CurationFixture noGold = QualityStudy.fixture(context);
        String annotator = noGold.member(org.slant.team.ProjectRole.ANNOTATOR);
        noGold.span(annotator, noGold.project.stance.id(), "Oppose", 0, 6);
        noGold.done(annotator);

        QualityReport empty = quality.report(noGold.project.projectId, Set.of(), null);

        assertThat(empty.documentsWithGold()).isZero();
        assertThat(empty.figures()).isEmpty();
        assertThat(empty.confusion()).isEmpty();
    }

    private QualityFigure figure(String annotator, String layer, String label, QualityMeasure measure) {
        return report.figures().stream().filter(figure -> figure.annotator().equals(annotator)
                && figure.layer().equals(layer) && java.util.Objects.equals(figure.label(), label)
                && figure.measure() == measure).findFirst().orElseThrow();
    }

    private LabelConfusion confusion(String annotator, String layer) {
        return report.confusion().stream().filter(table -> table.annotator().equals(annotator)
                && table.layer().equals(layer)).findFirst().orElseThrow();
    }

    private static void expect(QualityFigure figure, long truePositives, long annotatorUnits, long goldUnits,
            double precision, double recall, double f1) {
        assertThat(List.of(figure.truePositives(), figure.annotatorUnits(), figure.goldUnits()))
                .as("%s: true positives, annotator's units, gold units", figure)
                .containsExactly(truePositives, annotatorUnits, goldUnits);
        assertThat(figure.precision()).as("precision of %s", figure).isCloseTo(precision, CLOSE);
        assertThat(figure.recall()).as("recall of %s", figure).isCloseTo(recall, CLOSE);
        assertThat(figure.value()).as("F1 of %s", figure).isCloseTo(f1, CLOSE);
    }
}
