package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/** Krippendorff's worked example, the fast formulas against DKPro's own, and the edge cases the issue names. */
class ContinuumTest {

    /**
     * Krippendorff (2004), Content Analysis, 2nd ed., p. 254, as in DKPro's Krippendorff2004Test: a continuum from 150
     * of length 300, shifted here to start at 0. Overall alpha_U 0.859, category c 0.729, category k 1.
     */
    static List<Segment> krippendorff2004(long shift) {
        return List.of(
                new Segment(0, "c", 225 + shift, 225 + 70 + shift), new Segment(0, "c", 370 + shift, 370 + 30 + shift),
                new Segment(0, "k", 180 + shift, 180 + 60 + shift), new Segment(0, "k", 300 + shift, 300 + 50 + shift),
                new Segment(1, "c", 220 + shift, 220 + 80 + shift), new Segment(1, "c", 355 + shift, 355 + 20 + shift),
                new Segment(1, "c", 400 + shift, 400 + 20 + shift), new Segment(1, "k", 180 + shift, 180 + 60 + shift),
                new Segment(1, "k", 300 + shift, 300 + 50 + shift));
    }

    @Test
    void krippendorff2004AlphaU() {
        Continuum continuum = new Continuum(300, 2, krippendorff2004(-150));

        Measured overall = continuum.alphaU();
        assertThat(overall.measure()).isEqualTo("Krippendorff's alpha_U");
        assertThat(overall.value()).isCloseTo(0.859, within(0.0005));
        assertThat(overall.units()).isEqualTo(9);
        assertThat(overall.raters()).isEqualTo(2);
        assertThat(continuum.alphaU("c").value()).isCloseTo(0.729, within(0.0005));
        assertThat(continuum.alphaU("c").units()).isEqualTo(5);
        assertThat(continuum.alphaU("k").value()).isCloseTo(1.0, within(1e-12));
        assertThat(continuum.labels()).containsExactly("c", "k");
        assertThat(continuum.segmentCount()).isEqualTo(9);
    }

    /** Only distances and lengths enter alpha_U, so starting the continuum at 0 instead of 150 changes nothing. */
    @Test
    void shiftingTheContinuumChangesNothing() {
        UnitizingAnnotationStudy original = new UnitizingAnnotationStudy(2, 150, 300);
        krippendorff2004(0).forEach(s -> original.addUnit(s.start(), s.length(), s.rater(), s.label()));
        KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(original);

        Continuum shifted = new Continuum(300, 2, krippendorff2004(-150));
        assertThat(shifted.alphaU().value()).isCloseTo(dkpro.calculateAgreement(), within(1e-12));
        assertThat(shifted.alphaU("c").value()).isCloseTo(dkpro.calculateCategoryAgreement("c"), within(1e-12));
    }

    @Test
    void theBoundariesOnlyAlphaIgnoresLabels() {
        List<Segment> relabelled = List.of(new Segment(0, "a", 0, 10), new Segment(0, "b", 20, 30),
                new Segment(1, "b", 0, 10), new Segment(1, "a", 20, 30));
        Continuum continuum = new Continuum(50, 2, relabelled);

        Measured boundaries = continuum.alphaUBoundaries();
        assertThat(boundaries.measure()).isEqualTo("Krippendorff's alpha_U (boundaries only)");
        assertThat(boundaries.value()).isCloseTo(1.0, within(1e-12));
        assertThat(continuum.alphaU().value()).isLessThan(0.0);
    }

    /** 300 random studies: the fast formulas give DKPro's own figures, overall and per category. */
    @Test
    void fastAlphaUEqualsDkprosOnRandomStudies() {
        Random random = new Random(20240611);
        for (int study = 0; study < 300; study++) {
            IUnitizingAnnotationStudy data = randomStudy(random);
            Reference reference = new Reference(data);
            FastUnitizingAlpha fast = new FastUnitizingAlpha(data);

            same(fast.calculateAgreement(), reference.calculateAgreement());
            for (Object category : data.getCategories()) {
                assertThat(fast.calculateObservedCategoryDisagreement(category))
                        .isCloseTo(reference.observed(category), within(1e-12));
                assertThat(fast.calculateExpectedCategoryDisagreement(category))
                        .isCloseTo(reference.expected(category), within(1e-12));
                same(fast.calculateCategoryAgreement(category), reference.calculateCategoryAgreement(category));
            }
        }
    }

    private static void same(double fast, double reference) {
        if (Double.isFinite(reference)) {
            assertThat(fast).isCloseTo(reference, within(1e-9));
        } else {
            assertThat(Double.compare(fast, reference)).as("%s against %s", fast, reference).isZero();
        }
    }

    /** 2 to 4 raters, 1 to 4 labels, up to 40 segments on up to 2000 characters; a rater's same-label ones apart. */
    private static IUnitizingAnnotationStudy randomStudy(Random random) {
        int raters = 2 + random.nextInt(3);
        int labels = 1 + random.nextInt(4);
        long length = 1 + random.nextInt(2000);
        int budget = random.nextInt(41);
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, length);
        for (int r = 0; r < raters; r++) {
            for (int l = 0; l < labels; l++) {
                long pos = random.nextInt((int) Math.min(length, 50) + 1);
                while (budget > 0 && random.nextInt(4) > 0) {
                    long start = pos + (random.nextBoolean() ? 0 : random.nextInt(200));
                    long end = start + 1 + random.nextInt(150);
                    if (end > length) {
                        break;
                    }
                    study.addUnit(start, end - start, r, "label " + l);
                    budget--;
                    pos = end;
                }
            }
        }
        return study;
    }

    /** DKPro's own formulas, opened up so the test can compare D_O and D_E too. */
    private static final class Reference extends KrippendorffAlphaUnitizingAgreement {

        Reference(IUnitizingAnnotationStudy study) {
            super(study);
        }

        double observed(Object category) {
            return calculateObservedCategoryDisagreement(category);
        }

        double expected(Object category) {
            return calculateExpectedCategoryDisagreement(category);
        }
    }

    @Test
    void threeIdenticalAnnotatorsAgreePerfectly() {
        List<Segment> segments = new ArrayList<>();
        for (int rater = 0; rater < 3; rater++) {
            segments.add(new Segment(rater, "Source", 3, 17));
            segments.add(new Segment(rater, "Loaded language", 10, 25));
            segments.add(new Segment(rater, "Source", 40, 44));
        }
        Continuum continuum = new Continuum(60, 3, segments);

        assertThat(continuum.alphaU().value()).isCloseTo(1.0, within(1e-12));
        assertThat(continuum.alphaU("Source").value()).isCloseTo(1.0, within(1e-12));
        assertThat(continuum.alphaUBoundaries().value()).isCloseTo(1.0, within(1e-12));
        assertThat(continuum.alphaU().raters()).isEqualTo(3);
    }

    @Test
    void perfectAgreementOfTwoIsOne() {
        Continuum continuum = new Continuum(20, 2, List.of(new Segment(0, "a", 2, 8), new Segment(1, "a", 2, 8)));
        assertThat(continuum.alphaU().value()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aSingleRaterOrNoSpansIsUndefinedNeverZero() {
        Measured alone = new Continuum(20, 1, List.of(new Segment(0, "a", 2, 8))).alphaU();
        assertThat(alone.value()).isNull();
        assertThat(alone.units()).isEqualTo(1);
        assertThat(alone.raters()).isEqualTo(1);

        Continuum empty = new Continuum(20, 3, List.of());
        assertThat(empty.alphaU().defined()).isFalse();
        assertThat(empty.alphaUBoundaries().defined()).isFalse();
        assertThat(empty.alphaU("a").defined()).isFalse();
        assertThat(empty.labels()).isEmpty();

        Continuum other = new Continuum(20, 2, List.of(new Segment(0, "a", 2, 8), new Segment(1, "a", 2, 8)));
        assertThat(other.alphaU("b").value()).as("a label nobody used").isNull();
    }

    /** Everyone marks everything, one character at a time: no variation is expected, so 0 / 0 is undefined. */
    @Test
    void noExpectedDisagreementIsUndefined() {
        List<Segment> segments = new ArrayList<>();
        for (int rater = 0; rater < 2; rater++) {
            for (int i = 0; i < 4; i++) {
                segments.add(new Segment(rater, "a", i, i + 1));
            }
        }
        assertThat(new Continuum(4, 2, segments).alphaU().value()).isNull();
    }

    @Test
    void aLabelOnlyOneAnnotatorUsedIsDefinedAndNotAboveZero() {
        Continuum continuum = new Continuum(100, 2, List.of(new Segment(0, "a", 10, 20), new Segment(1, "a", 10, 20),
                new Segment(0, "b", 50, 60)));

        Measured onlyOne = continuum.alphaU("b");
        assertThat(onlyOne.value()).isNotNull().isNotNaN().isLessThanOrEqualTo(0.0);
        assertThat(onlyOne.units()).isEqualTo(1);
    }

    @Test
    void anAnnotatorsOverlappingSameLabelSpansAreMergedIntoTheirUnion() {
        List<Segment> overlapping = List.of(new Segment(0, "a", 10, 20), new Segment(0, "a", 15, 30),
                new Segment(0, "a", 30, 35), new Segment(0, "b", 12, 18), new Segment(1, "a", 12, 30),
                new Segment(1, "b", 12, 18));
        List<Segment> union = List.of(new Segment(0, "a", 10, 30), new Segment(0, "a", 30, 35),
                new Segment(0, "b", 12, 18), new Segment(1, "a", 12, 30), new Segment(1, "b", 12, 18));

        Continuum merged = new Continuum(50, 2, overlapping);
        Continuum premerged = new Continuum(50, 2, union);
        assertThat(merged.segmentCount()).as("touching [30, 35) stays apart").isEqualTo(5);
        assertThat(merged.alphaU()).isEqualTo(premerged.alphaU());
        assertThat(merged.alphaU("a")).isEqualTo(premerged.alphaU("a"));
        assertThat(merged.alphaUBoundaries()).isEqualTo(premerged.alphaUBoundaries());
        assertThat(merged.alphaU().value()).isBetween(0.0, 1.0);
    }
}
