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
