package org.slant.bench;

import java.util.List;
import java.util.Locale;

/** Small helpers for measured numbers: medians and a readable format. */
final class Numbers {

    private Numbers() {
    }

    /** Nearest rank: the smallest value with at least {@code share} of the values at or below it; 0 when none. */
    static double percentile(List<Double> sorted, double share) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(share * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** Whole numbers with thousands separators, others with two or three significant decimals. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        double size = Math.abs(value);
        String pattern = size >= 100 ? "%,.0f" : size >= 10 ? "%.1f" : size >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
