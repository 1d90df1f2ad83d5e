package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Published worked examples, reproduced to three decimals, and the edge cases the issue names. */
class CodingMeasuresTest {

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the reliability data with missing values:
     * four observers, twelve units; nominal alpha 0.743, ordinal 0.815.
     */
    static final Integer[][] KRIPPENDORFF = {
            {1, 1, null, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
            {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {null, 5, 5, 5}, {null, null, 1, 1}, {null, 3, null, null}};

    @Test
    void krippendorffsNominalAndOrdinalAlphaWithMissingValues() {
        List<Object[]> ratings = rows(KRIPPENDORFF);

        Measured nominal = CodingMeasures.alphaNominal(ratings);
        assertThat(nominal.value()).isCloseTo(0.743, within(0.0005));
        assertThat(nominal.units()).as("unit 12 has one value and does not count").isEqualTo(11);
        assertThat(nominal.raters()).isEqualTo(4);
        assertThat(CodingMeasures.alphaOrdinal(ratings).value()).isCloseTo(0.815, within(0.0005));
    }

    /** A textbook Cohen's kappa: 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15: po 0.7, pe 0.5, 0.4. */
    @Test
    void cohensKappaOfTheTextbookExample() {
        List<Object[]> ratings = new ArrayList<>();
        add(ratings, 20, "yes", "yes");
        add(ratings, 5, "yes", "no");
        add(ratings, 10, "no", "yes");
        add(ratings, 15, "no", "no");

        Measured kappa = CodingMeasures.cohenKappa(ratings);
        assertThat(kappa.value()).isCloseTo(0.4, within(0.0005));
        assertThat(kappa.units()).isEqualTo(50);
    }

    /**
     * Fleiss (1971), "Measuring nominal scale agreement among many raters", p. 379: 30 patients, each diagnosed by 6
     * of the psychiatrists into 5 categories; kappa 0.430 (observed 0.556, chance 0.220).
     */
    static final String[] FLEISS = {"444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334",
            "114444", "555555", "144444", "124444", "222333", "144444", "224445", "333335", "111455", "111112",
            "224444", "133555", "555555", "244444", "224555", "114444", "144445", "222224", "111155", "224444",
            "133333", "555555"};

    @Test
    void fleissKappaOfFleiss1971() {
        List<Object[]> ratings = new ArrayList<>();
        for (String patient : FLEISS) {
            ratings.add(patient.chars().mapToObj(digit -> (Object) (digit - '0')).toArray());
        }

        Measured kappa = CodingMeasures.fleissKappa(ratings);
        assertThat(kappa.value()).isCloseTo(0.430, within(0.0005));
        assertThat(kappa.units()).isEqualTo(30);
        assertThat(kappa.raters()).isEqualTo(6);
    }

    @Test
    void perfectAgreementIsOneAndThreeIdenticalRatersToo() {
        List<Object[]> ratings = List.of(new Object[] {"a", "a", "a"}, new Object[] {"b", "b", "b"},
                new Object[] {"a", "a", "a"});
        assertThat(CodingMeasures.alphaNominal(ratings).value()).isEqualTo(1.0);
        assertThat(CodingMeasures.fleissKappa(ratings).value()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aSingleRaterOrNoDataIsUndefinedNeverZero() {
        List<Object[]> alone = List.of(new Object[] {"a", null}, new Object[] {"b", null});
        Measured one = CodingMeasures.alphaNominal(alone);
        assertThat(one.defined()).isFalse();
        assertThat(one.value()).isNull();
        assertThat(CodingMeasures.cohenKappa(alone).defined()).isFalse();
        assertThat(CodingMeasures.alphaNominal(List.of()).defined()).isFalse();
        // everyone always says the same category: no variation, so chance agreement is total and alpha undefined
        assertThat(CodingMeasures.alphaNominal(List.of(new Object[] {"a", "a"}, new Object[] {"a", "a"})).value())
                .isNull();
    }

    /** The same three published examples, tallied instead of listed, give the same figures and unit counts. */
    @Test
    void talliedRatingsGiveTheSameFiguresAsListedOnes() {
        RatingTally krippendorff = new RatingTally(4);
        rows(KRIPPENDORFF).forEach(krippendorff::add);
        Measured nominal = CodingMeasures.alphaNominal(krippendorff);
        assertThat(nominal.value()).isCloseTo(0.743, within(0.0005))
                .isCloseTo(CodingMeasures.alphaNominal(rows(KRIPPENDORFF)).value(), within(1e-12));
        assertThat(nominal.units()).isEqualTo(11);
        assertThat(nominal.raters()).isEqualTo(4);

        RatingTally textbook = new RatingTally(2);
        textbook.add(20, new Object[] {"yes", "yes"});
        textbook.add(5, new Object[] {"yes", "no"});
        textbook.add(10, new Object[] {"no", "yes"});
        textbook.add(15, new Object[] {"no", "no"});
        assertThat(textbook.units()).isEqualTo(50);
        assertThat(CodingMeasures.cohenKappa(textbook).value()).isCloseTo(0.4, within(1e-12));
        assertThat(CodingMeasures.cohenKappa(textbook).units()).isEqualTo(50);

        RatingTally fleiss = new RatingTally(6);
        for (String patient : FLEISS) {
            fleiss.add(patient.chars().mapToObj(digit -> (Object) (digit - '0')).toArray());
        }
        Measured kappa = CodingMeasures.fleissKappa(fleiss);
        assertThat(kappa.value()).isCloseTo(0.430, within(0.0005));
        assertThat(kappa.units()).isEqualTo(30);
        assertThat(kappa.raters()).isEqualTo(6);
    }

    @Test
    void talliedEdgeCasesAreUndefinedLikeListedOnes() {
        RatingTally alone = new RatingTally(2);
        alone.add("a", null);
        alone.add(3, new Object[] {"b", null});
        assertThat(CodingMeasures.alphaNominal(alone).defined()).isFalse();
        assertThat(CodingMeasures.cohenKappa(alone).defined()).isFalse();
        assertThat(CodingMeasures.fleissKappa(alone).units()).isZero();
        assertThat(CodingMeasures.alphaNominal(new RatingTally(3)).defined()).isFalse();

        RatingTally oneCategory = new RatingTally(2);
        oneCategory.add(1000, new Object[] {"O", "O"});
        assertThat(CodingMeasures.alphaNominal(oneCategory).value()).isNull();
        assertThat(CodingMeasures.cohenKappa(oneCategory).value()).isNull();
        assertThat(CodingMeasures.fleissKappa(oneCategory).value()).isNull();
    }

    /**
     * The textbook table times 100,000: 5,000,000 tokens in four distinct rows. Cohen's kappa stays 0.4; Fleiss'
     * kappa (Scott's pi for two raters) is (0.7 - 0.505) / (1 - 0.505) with category shares 0.55 and 0.45; nominal
     * alpha is 1 - (n - 1) * 30s / (2 * 55s * 45s) with s = 100,000 and n = 100s values.
     */
    @Test
    void fiveMillionTalliedUnitsInFourRows() {
        long s = 100_000;
        RatingTally tally = new RatingTally(2);
        tally.add(20 * s, new Object[] {"yes", "yes"});
        tally.add(5 * s, new Object[] {"yes", "no"});
        tally.add(10 * s, new Object[] {"no", "yes"});
        tally.add(15 * s, new Object[] {"no", "no"});

        Measured cohen = CodingMeasures.cohenKappa(tally);
        assertThat(cohen.value()).isCloseTo(0.4, within(1e-9));
        assertThat(cohen.units()).isEqualTo(5_000_000);
        assertThat(CodingMeasures.fleissKappa(tally).value()).isCloseTo(0.195 / 0.495, within(1e-9));
        double n = 100.0 * s;
        assertThat(CodingMeasures.alphaNominal(tally).value())
                .isCloseTo(1 - (n - 1) * 30 * s / (2.0 * 55 * s * 45 * s), within(1e-9));
    }

    @Test
    void aTalliedStudyHandsOutOneItemPerDistinctRow() {
        RatingTally tally = new RatingTally(2);
        tally.add(3, new Object[] {"a", "b"});
        tally.add("a", null);
        tally.add(2, new Object[] {"b", "b"});
        tally.add("a", "b");
        TalliedStudy study = new TalliedStudy(tally, row -> true);

        assertThat(study.getItemCount()).isEqualTo(7);
        assertThat(study.getUnitCount()).isEqualTo(13);
        assertThat(study.hasMissingValues()).isTrue();
        assertThat(study.getCategories()).containsExactly("a", "b");
        java.util.Set<Object> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        study.getItems().forEach(distinct::add);
        assertThat(distinct).hasSize(3);
        assertThat(study.getItem(3)).isSameAs(study.getItem(0));
        assertThat(study.getItem(4).getRaterCount()).isEqualTo(1);
        assertThat(study.getItem(5).getUnit(0).getCategory()).isEqualTo("b");
        assertThat(study.getItem(6)).isSameAs(study.getItem(5));
        assertThat(study.findRater("1")).isEqualTo(1);
    }

    private static List<Object[]> rows(Integer[][] table) {
        List<Object[]> rows = new ArrayList<>();
        for (Integer[] row : table) {
            rows.add(row.clone());
        }
        return rows;
    }

    private static void add(List<Object[]> ratings, int times, String first, String second) {
        for (int i = 0; i < times; i++) {
            ratings.add(new Object[] {first, second});
        }
    }
}
