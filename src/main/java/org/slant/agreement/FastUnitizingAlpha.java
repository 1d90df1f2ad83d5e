package org.slant.agreement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationUnit;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/**
 * DKPro's Krippendorff's alpha_U with the same formulas computed in O(n log n) instead of O(units x gaps): a project
 * continuum of 900,000 spans takes DKPro's own code hours (BigDecimal sums over every gap for every unit, and a scan of
 * all units for every pair of raters and every category); here the gaps are sorted once per category and summed with
 * prefix sums, and the observed disagreement walks each pair of raters' sorted units once.
 *
 * <p>Like DKPro, it assumes that one rater's units of one category never overlap (touching is fine); {@link Continuum}
 * merges overlapping ones before it gets here. The study must not change after the first calculation.
 */
final class FastUnitizingAlpha extends KrippendorffAlphaUnitizingAgreement {

    private Map<Object, CategoryUnits> index;

    FastUnitizingAlpha(IUnitizingAnnotationStudy study) {
        super(study);
    }

    /** 1 - D_O / D_E over all categories; null when undefined (no units, fewer than two raters, D_E = 0). */
    Double alpha() {
        if (study.getRaterCount() < 2 || study.getCategoryCount() == 0) {
            return null;
        }
        return ratio(calculateObservedDisagreement(), calculateExpectedDisagreement());
    }

    /**
     * The same for one category. Unlike DKPro's {@code calculateCategoryAgreement}, which answers 0 whenever D_O
     * equals D_E, no disagreement where some was expected is perfect agreement (1), and 0 / 0 is undefined.
     */
    Double alpha(Object category) {
        if (study.getRaterCount() < 2 || !units().containsKey(category)) {
            return null;
        }
        return ratio(calculateObservedCategoryDisagreement(category), calculateExpectedCategoryDisagreement(category));
    }

    private static Double ratio(double observed, double expected) {
        double alpha = 1.0 - observed / expected;
        return expected > 0 && Double.isFinite(alpha) ? alpha : null;
    }

    /**
     * DKPro walks both raters' units and gaps side by side and adds, for each pair of sections that share a position:
     * (start difference)^2 + (end difference)^2 for two units; the unit's length^2 for a unit lying wholly in the other
     * rater's gap, i.e. a unit no unit of the other rater overlaps; 0 otherwise. This adds the same terms pair by pair.
     */
    @Override
    protected double calculateObservedCategoryDisagreement(Object category) {
        CategoryUnits units = units().get(category);
        long length = study.getContinuumLength();
        int raters = study.getRaterCount();
        double result = 0.0;
        if (units != null) {
            for (int r1 = 0; r1 < raters; r1++) {
                for (int r2 = r1 + 1; r2 < raters; r2++) {
                    result += pairDisagreement(units.starts[r1], units.ends[r1], units.starts[r2], units.ends[r2]);
                }
            }
        }
        result *= 2.0;
        result /= (double) (raters * (raters - 1) * (length * length));
        return result;
    }

    private static double pairDisagreement(long[] starts1, long[] ends1, long[] starts2, long[] ends2) {
        double result = 0.0;
        int i = 0;
        int j = 0;
        boolean overlapped1 = false;
        boolean overlapped2 = false;
        while (i < starts1.length && j < starts2.length) {
            if (ends1[i] <= starts2[j]) {
                result += overlapped1 ? 0 : square(ends1[i] - starts1[i]);
                overlapped1 = false;
                i++;
            } else if (ends2[j] <= starts1[i]) {
                result += overlapped2 ? 0 : square(ends2[j] - starts2[j]);
                overlapped2 = false;
                j++;
            } else {
                result += square(starts1[i] - starts2[j]) + square(ends1[i] - ends2[j]);
                overlapped1 = true;
                overlapped2 = true;
                if (ends1[i] <= ends2[j]) {
                    overlapped1 = false;
                    i++;
                } else {
                    overlapped2 = false;
                    j++;
                }
            }
        }
        for (; i < starts1.length; i++, overlapped1 = false) {
            result += overlapped1 ? 0 : square(ends1[i] - starts1[i]);
        }
        for (; j < starts2.length; j++, overlapped2 = false) {
            result += overlapped2 ? 0 : square(ends2[j] - starts2[j]);
        }
        return result;
    }

    /**
     * DKPro's D_E for category c with N_c units of lengths l over R raters and a continuum of length L, where the gaps
     * are every rater's stretches without a unit of c:
     * (2 / L) * sum over units of [(N_c - 1)(2l^3 - 3l^2 + l) / 3 + l^2 * sum over gaps g >= l of (g - l + 1)]
     * / (R L (R L - 1) - sum over units of l (l - 1)). The inner sum is (sum of gaps >= l) - (l - 1)(count of gaps
     * >= l), read off suffix sums of the sorted gaps; units of equal length share one term.
     */
    @Override
    protected double calculateExpectedCategoryDisagreement(Object category) {
        CategoryUnits units = units().get(category);
        long begin = study.getContinuumBegin();
        long length = study.getContinuumLength();
        int raters = study.getRaterCount();
        if (units == null) {
            return 0.0;
        }
        long[] gaps = gaps(units, begin, begin + length);
        Arrays.sort(gaps);
        long[] suffixSums = new long[gaps.length + 1];
        for (int g = gaps.length - 1; g >= 0; g--) {
            suffixSums[g] = suffixSums[g + 1] + gaps[g];
        }
        long[] lengths = units.lengths();
        Arrays.sort(lengths);
        double unitCountLessOne = units.count - 1.0;
        double numerator = 0.0;
        double squaredLengths = 0.0;
        for (int u = 0; u < lengths.length;) {
            long l = lengths[u];
            int same = u;
            while (same < lengths.length && lengths[same] == l) {
                same++;
            }
            int longEnough = firstAtLeast(gaps, l);
            long fits = suffixSums[longEnough] - (l - 1) * (gaps.length - longEnough);
            double withinUnit = unitCountLessOne * (2.0 * l * l * l - 3.0 * l * l + l) / 3.0;
            numerator += (same - u) * (withinUnit + (double) fits * l * l);
            squaredLengths += (same - u) * ((double) l * (l - 1));
            u = same;
        }
        double denominator = (double) (raters * length) * (raters * length - 1) - squaredLengths;
        return numerator * 2.0 / length / denominator;
    }

    private static long[] gaps(CategoryUnits units, long begin, long end) {
        long[] gaps = new long[units.count + units.starts.length];
        int count = 0;
        for (int r = 0; r < units.starts.length; r++) {
            long pos = begin;
            for (int u = 0; u < units.starts[r].length; u++) {
                if (units.starts[r][u] > pos) {
                    gaps[count++] = units.starts[r][u] - pos;
                }
                pos = units.ends[r][u];
            }
            if (pos < end) {
                gaps[count++] = end - pos;
            }
        }
        return Arrays.copyOf(gaps, count);
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static double square(long value) {
        return (double) (value * value);
    }

    /** Each category's units per rater, sorted by start (the study's units are), read once. */
    private Map<Object, CategoryUnits> units() {
        if (index == null) {
            int raters = study.getRaterCount();
            Map<Object, LongPairs[]> collected = new HashMap<>();
            for (IUnitizingAnnotationUnit unit : study.getUnits()) {
                LongPairs[] perRater = collected.computeIfAbsent(unit.getCategory(), category -> {
                    LongPairs[] lists = new LongPairs[raters];
                    Arrays.setAll(lists, r -> new LongPairs());
                    return lists;
                });
                perRater[unit.getRaterIdx()].add(unit.getOffset(), unit.getEndOffset());
            }
            Map<Object, CategoryUnits> built = new HashMap<>();
            collected.forEach((category, perRater) -> built.put(category, CategoryUnits.of(perRater)));
            index = built;
        }
        return index;
    }

    private record CategoryUnits(long[][] starts, long[][] ends, int count) {

        static CategoryUnits of(LongPairs[] perRater) {
            long[][] starts = new long[perRater.length][];
            long[][] ends = new long[perRater.length][];
            int count = 0;
            for (int r = 0; r < perRater.length; r++) {
                starts[r] = Arrays.copyOf(perRater[r].firsts, perRater[r].size);
                ends[r] = Arrays.copyOf(perRater[r].seconds, perRater[r].size);
                count += perRater[r].size;
            }
            return new CategoryUnits(starts, ends, count);
        }

        long[] lengths() {
            long[] lengths = new long[count];
            int u = 0;
            for (int r = 0; r < starts.length; r++) {
                for (int k = 0; k < starts[r].length; k++) {
                    lengths[u++] = ends[r][k] - starts[r][k];
                }
            }
            return lengths;
        }
    }

    /** A growable pair of long arrays, so that 900,000 offsets are not boxed. */
    private static final class LongPairs {
        long[] firsts = new long[8];
        long[] seconds = new long[8];
        int size;

        void add(long first, long second) {
            if (size == firsts.length) {
                firsts = Arrays.copyOf(firsts, size * 2);
                seconds = Arrays.copyOf(seconds, size * 2);
            }
            firsts[size] = first;
            seconds[size] = second;
            size++;
        }
    }
}
