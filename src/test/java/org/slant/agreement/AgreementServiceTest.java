package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.corpus.CorpusService;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.schema.SchemaEditor;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The report of {@link AgreementFixture}'s small study, worked out by hand, against PostgreSQL. */
@SlantSpringTest
class AgreementServiceTest {

    @Autowired
    AgreementService agreement;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    AgreementFixture study;

    @BeforeEach
    void study() {
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
    }

    @Test
    void onlyDocumentsTwoAnnotatorsMarkedDoneCountAndOnlyTheirDoneWork() {
        AgreementReport report = agreement.report(study.projectId, AgreementOptions.DEFAULT);

        assertThat(report.documents()).as("D3 has one annotator").isEqualTo(2);
        assertThat(report.annotators()).containsExactly(study.usernames.get("alice"), study.usernames.get("bob"),
                study.usernames.get("carol"));
        Figure pair = pair(report, Measure.F1_EXACT, "alice", "carol");
        assertThat(pair.documents()).as("carol's D2 is still in progress").isEqualTo(1);
    }

    @Test
    void spanF1IsPairwiseAndMicroAveragedOverDocuments() {
        AgreementReport report = agreement.report(study.projectId, AgreementOptions.DEFAULT);

        assertThat(pair(report, Measure.F1_EXACT, "alice", "bob").value()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(pair(report, Measure.F1_EXACT, "alice", "bob").units()).isEqualTo(6);
        assertThat(pair(report, Measure.F1_EXACT, "alice", "carol").value()).isCloseTo(0.5, within(1e-9));
        assertThat(pair(report, Measure.F1_OVERLAP, "bob", "carol").value()).isCloseTo(1.0, within(1e-9));
        assertThat(project(report, "Frames", Measure.F1_EXACT, null).value()).isCloseTo(4 / 7.0, within(1e-9));
        assertThat(project(report, "Frames", Measure.F1_OVERLAP, null).value()).isCloseTo(6 / 7.0, within(1e-9));
        assertThat(project(report, "Frames", Measure.F1_EXACT, null).annotators()).isEqualTo(3);
    }

    @Test
    void unitizingAlphaIsDkprosOverTheDocumentsLaidEndToEnd() {
        AgreementReport report = agreement.report(study.projectId, AgreementOptions.DEFAULT);

        // Three raters on D1 (the usual number); D2 has two, so only D1 enters the pooled alpha.
        UnitizingAnnotationStudy d1 = new UnitizingAnnotationStudy(3, 0, AgreementFixture.D1_TEXT.length());
        for (int rater = 0; rater < 3; rater++) {
            d1.addUnit(0, 10, rater, "Economic");
        }
        d1.addUnit(20, 10, 0, "Security");
        d1.addUnit(20, 10, 1, "Security");
        d1.addUnit(22, 8, 2, "Security");
        double expected = new KrippendorffAlphaUnitizingAgreement(d1).calculateAgreement();

        Figure alpha = project(report, "Frames", Measure.ALPHA_U, null);
        assertThat(alpha.value()).isCloseTo(expected, within(1e-9)).isBetween(0.5, 1.0);
        assertThat(alpha.documents()).isEqualTo(1);
        assertThat(alpha.units()).isEqualTo(6);
        assertThat(project(report, "Frames", Measure.ALPHA_U, "Economic").value()).isCloseTo(1.0, within(1e-9));
        Figure d1Alone = report.figures().stream().filter(figure -> figure.scope() == Scope.DOCUMENT
                && figure.measure() == Measure.ALPHA_U && figure.scopeId().equals(study.documents.get(0)))
                .findFirst().orElseThrow();
        assertThat(d1Alone.value()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void documentLayerAlphaAndKappas() {
        AgreementReport report = agreement.report(study.projectId, AgreementOptions.DEFAULT);

        Figure nominal = project(report, "Tone", Measure.ALPHA_NOMINAL, null);
        assertThat(nominal.value()).isCloseTo(0.5, within(1e-9));
        assertThat(nominal.units()).isEqualTo(2);
        assertThat(nominal.annotators()).isEqualTo(3);
        assertThat(project(report, "Tone", Measure.ALPHA_ORDINAL, null).defined()).isTrue();
        assertThat(pair(report, Measure.COHEN_KAPPA, "alice", "bob").value()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void disagreementsLowestFirst() {
        AgreementReport report = agreement.report(study.projectId, AgreementOptions.DEFAULT);

        assertThat(report.disagreementCount()).isEqualTo(3);
        List<Disagreement> list = report.disagreements();
        assertThat(list).extracting(Disagreement::layer).containsExactly("Frames", "Tone", "Frames");
        assertThat(list.get(0).documentId()).isEqualTo(study.documents.get(1));
        assertThat(list.get(0).start()).isEqualTo(5);
        assertThat(list.get(0).end()).isEqualTo(15);
        assertThat(list.get(0).agreement()).isEqualTo(0.0);
        assertThat(list.get(0).excerpt()).isEqualTo(AgreementFixture.D2_TEXT.substring(5, 15));
        assertThat(list.get(1).agreement()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(list.get(2).start()).isEqualTo(20);
        assertThat(list.get(2).agreement()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void workInProgressCountsWhenAsked() {
        AgreementReport report = agreement.report(study.projectId,
                new AgreementOptions(Set.of(), AgreementOptions.Work.STARTED, Set.of()));

        Figure aliceCarol = pair(report, Measure.F1_EXACT, "alice", "carol");
        assertThat(aliceCarol.documents()).isEqualTo(2);
        assertThat(aliceCarol.value()).as("E[5,15) now matches too: 2 of 3 each").isCloseTo(2 / 3.0, within(1e-9));
        assertThat(project(report, "Frames", Measure.ALPHA_U, null).documents()).isEqualTo(2);
    }

    @Test
    void chosenAnnotatorsAndLayersOnly() {
        AgreementReport report = agreement.report(study.projectId, new AgreementOptions(
                Set.of(study.ids.get("alice"), study.ids.get("bob")), AgreementOptions.Work.DONE, Set.of("Frames")));

        assertThat(report.annotators()).hasSize(2);
        assertThat(report.figures()).extracting(Figure::layer).containsOnly("Frames");
        assertThat(report.figures()).filteredOn(figure -> figure.scope() == Scope.PAIR).extracting(Figure::scopeName)
                .containsOnly(study.usernames.get("alice") + " × " + study.usernames.get("bob"));
        assertThat(project(report, "Frames", Measure.ALPHA_U, null).documents()).isEqualTo(2);
    }

    @Test
    void oneAnnotatorLeavesEveryFigureUndefined() {
        AgreementReport report = agreement.report(study.projectId,
                new AgreementOptions(Set.of(study.ids.get("alice")), AgreementOptions.Work.DONE, Set.of()));

        assertThat(report.documents()).isZero();
        assertThat(report.figures()).filteredOn(figure -> figure.scope() == Scope.PROJECT).isNotEmpty()
                .allSatisfy(figure -> assertThat(figure.value()).as(figure.measure() + " " + figure.label())
                        .isNull());
    }

    @Test
    void passageShowsEachAnnotatorsSpansSideBySide() {
        Passage passage = agreement.passage(study.projectId, study.documents.get(0), "Frames", 20, 30,
                AgreementOptions.DEFAULT);

        assertThat(passage.start()).isZero();
        assertThat(passage.text()).isEqualTo(AgreementFixture.D1_TEXT);
        assertThat(passage.readings()).extracting(Passage.Reading::annotator).containsExactly(
                study.usernames.get("alice"), study.usernames.get("bob"), study.usernames.get("carol"));
        assertThat(passage.readings().get(2).marks()).extracting(Passage.Mark::label, Passage.Mark::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Economic", 0),
                        org.assertj.core.groups.Tuple.tuple("Security", 22));
    }

    @Test
    void unknownLayerIsNamed() {
        assertThatThrownBy(() -> agreement.report(study.projectId,
                new AgreementOptions(Set.of(), AgreementOptions.Work.DONE, Set.of("Frmaes"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'Frmaes'");
    }

    @Test
    void annotatorsMayNotMeasureAgreement() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                .authenticated(study.usernames.get("alice"), null, List.of()));

        assertThatThrownBy(() -> agreement.report(study.projectId, AgreementOptions.DEFAULT))
                .isInstanceOf(ForbiddenException.class);
    }

    private Figure pair(AgreementReport report, Measure measure, String first, String second) {
        String name = study.usernames.get(first) + " × " + study.usernames.get(second);
        return report.figures().stream().filter(figure -> figure.scope() == Scope.PAIR
                && figure.measure() == measure && figure.label() == null && figure.scopeName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + measure + " for " + name));
    }

    private static Figure project(AgreementReport report, String layer, Measure measure, String label) {
        return report.figures().stream().filter(figure -> figure.scope() == Scope.PROJECT
                && figure.layer().equals(layer) && figure.measure() == measure
                && java.util.Objects.equals(figure.label(), label))
                .findFirst().orElseThrow(() -> new AssertionError("no " + measure + " " + label));
    }
}
