package org.slant.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.InsufficientDataException;

/**
 * Fleiss' and Cohen's kappa from a tally's distinct rows and their counts. DKPro's measures walk every unit (millions
 * of tokens, each with a map and BigDecimal sums); these are the same formulas, Fleiss (1971) and Cohen (1960),
 * weighted by the counts, and a test checks they equal DKPro's on the published examples and on random tallies.
 */
final class TallyKappas {

    private TallyKappas() {
    }

    /** Rows with a category from every rater; raters are interchangeable. */
    static double fleiss(Map<List<Object>, Long> rows, int raters) {
        long units = 0;
        double agreeing = 0;
        Map<Object, Long> given = new HashMap<>();
        for (Map.Entry<List<Object>, Long> row : rows.entrySet()) {
            Map<Object, Integer> perCategory = new HashMap<>();
            row.getKey().forEach(category -> perCategory.merge(category, 1, Integer::sum));
            long pairsAgreeing = 0;
            for (Map.Entry<Object, Integer> category : perCategory.entrySet()) {
                pairsAgreeing += (long) category.getValue() * (category.getValue() - 1);
                given.merge(category.getKey(), (long) category.getValue() * row.getValue(), Long::sum);
            }
            agreeing += row.getValue() * (pairsAgreeing / (double) (raters * (raters - 1)));
            units += row.getValue();
        }
        double observed = agreeing / units;
        double expected = 0;
        for (long count : given.values()) {
            double share = count / ((double) units * raters);
            expected += share * share;
        }
        return kappa(observed, expected);
    }

    /** Rows of two raters, both rated. */
    static double cohen(Map<List<Object>, Long> rows) {
        long units = 0;
        long agreeing = 0;
        Map<Object, Long> first = new HashMap<>();
        Map<Object, Long> second = new HashMap<>();
        for (Map.Entry<List<Object>, Long> row : rows.entrySet()) {
            Object a = row.getKey().get(0);
            Object b = row.getKey().get(1);
            units += row.getValue();
            if (a.equals(b)) {
                agreeing += row.getValue();
            }
            first.merge(a, row.getValue(), Long::sum);
            second.merge(b, row.getValue(), Long::sum);
        }
        double expected = 0;
        for (Map.Entry<Object, Long> category : first.entrySet()) {
            expected += category.getValue() / (double) units * second.getOrDefault(category.getKey(), 0L) / units;
        }
        return kappa(agreeing / (double) units, expected);
    }

    private static double kappa(double observed, double expected) {
        if (expected >= 1.0) {
            throw new InsufficientDataException("every rating has the same category");
        }
        return (observed - expected) / (1.0 - expected);
    }
}
