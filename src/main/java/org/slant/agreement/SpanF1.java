package org.slant.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise span F1 between two annotators of one document, the figure span-annotation papers report next to alpha_U:
 * exact (same start, end and label) and lenient (same label, at least one shared character). The counts add up over
 * documents, so a project's F1 is micro-averaged.
 */
public final class SpanF1 {

    private SpanF1() {
    }

    /** Exact match: same start, end and label; matched one to one (duplicates match at most once each). */
    public static MatchCounts exact(List<SpanRef> a, List<SpanRef> b) {
        Map<SpanRef, Integer> unmatchedOfB = new HashMap<>();
        b.forEach(span -> unmatchedOfB.merge(span, 1, Integer::sum));
        long matched = 0;
        for (SpanRef span : a) {
            Integer left = unmatchedOfB.get(span);
            if (left != null && left > 0) {
                unmatchedOfB.put(span, left - 1);
                matched++;
            }
        }
        return new MatchCounts(matched, a.size(), matched, b.size());
    }

    /**
     * Overlap match: a span counts as matched when the other annotator has a span with the same label sharing at least
     * one character.
     */
    public static MatchCounts overlap(List<SpanRef> a, List<SpanRef> b) {
        Map<String, Reach> reachOfA = reachByLabel(a);
        Map<String, Reach> reachOfB = reachByLabel(b);
        return new MatchCounts(matched(a, reachOfB), a.size(), matched(b, reachOfA), b.size());
    }

    /** {@link #exact(List, List)} only for spans with the given label. */
    public static MatchCounts exact(List<SpanRef> a, List<SpanRef> b, String label) {
        return exact(withLabel(a, label), withLabel(b, label));
    }

    /** {@link #overlap(List, List)} only for spans with the given label. */
    public static MatchCounts overlap(List<SpanRef> a, List<SpanRef> b, String label) {
        return overlap(withLabel(a, label), withLabel(b, label));
    }

    /** {@link #exact(List, List, String)} for every label either annotator used, in one pass. */
    public static Map<String, MatchCounts> exactByLabel(List<SpanRef> a, List<SpanRef> b) {
        Map<SpanRef, Integer> unmatchedOfB = new HashMap<>();
        b.forEach(span -> unmatchedOfB.merge(span, 1, Integer::sum));
        Map<String, long[]> counts = new HashMap<>();
        for (SpanRef span : a) {
            long[] label = counts.computeIfAbsent(span.label(), name -> new long[4]);
            label[1]++;
            Integer left = unmatchedOfB.get(span);
            if (left != null && left > 0) {
                unmatchedOfB.put(span, left - 1);
                label[0]++;
                label[2]++;
            }
        }
        b.forEach(span -> counts.computeIfAbsent(span.label(), name -> new long[4])[3]++);
        return byLabel(counts);
    }

    /** {@link #overlap(List, List, String)} for every label either annotator used, in one pass. */
    public static Map<String, MatchCounts> overlapByLabel(List<SpanRef> a, List<SpanRef> b) {
        Map<String, Reach> reachOfA = reachByLabel(a);
        Map<String, Reach> reachOfB = reachByLabel(b);
        Map<String, long[]> counts = new HashMap<>();
        for (SpanRef span : a) {
            long[] label = counts.computeIfAbsent(span.label(), name -> new long[4]);
            label[1]++;
            Reach reach = reachOfB.get(span.label());
            if (reach != null && reach.overlaps(span.start(), span.end())) {
                label[0]++;
            }
        }
        for (SpanRef span : b) {
            long[] label = counts.computeIfAbsent(span.label(), name -> new long[4]);
            label[3]++;
            Reach reach = reachOfA.get(span.label());
            if (reach != null && reach.overlaps(span.start(), span.end())) {
                label[2]++;
            }
        }
        return byLabel(counts);
    }

    private static Map<String, MatchCounts> byLabel(Map<String, long[]> counts) {
        Map<String, MatchCounts> byLabel = new HashMap<>();
        counts.forEach((label, c) -> byLabel.put(label, new MatchCounts(c[0], c[1], c[2], c[3])));
        return byLabel;
    }

    private static List<SpanRef> withLabel(List<SpanRef> spans, String label) {
        return spans.stream().filter(span -> span.label().equals(label)).toList();
    }

    private static long matched(List<SpanRef> spans, Map<String, Reach> others) {
        long matched = 0;
        for (SpanRef span : spans) {
            Reach reach = others.get(span.label());
            if (reach != null && reach.overlaps(span.start(), span.end())) {
                matched++;
            }
        }
        return matched;
    }

    private static Map<String, Reach> reachByLabel(List<SpanRef> spans) {
        Map<String, List<SpanRef>> byLabel = new HashMap<>();
        spans.stream().filter(span -> span.end() > span.start())
                .forEach(span -> byLabel.computeIfAbsent(span.label(), label -> new ArrayList<>()).add(span));
        Map<String, Reach> reach = new HashMap<>();
        byLabel.forEach((label, group) -> reach.put(label, Reach.of(group)));
        return reach;
    }

    /**
     * One label's spans sorted by start, with the furthest end among the first k: a span [s, e) overlaps one of them
     * exactly when, among those starting before e, the furthest reaching ends after s. O(log n) per question.
     */
    private record Reach(int[] starts, int[] furthestEnds) {

        static Reach of(List<SpanRef> spans) {
            SpanRef[] sorted = spans.toArray(SpanRef[]::new);
            Arrays.sort(sorted, (x, y) -> Integer.compare(x.start(), y.start()));
            int[] starts = new int[sorted.length];
            int[] furthestEnds = new int[sorted.length];
            int furthest = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.length; i++) {
                starts[i] = sorted[i].start();
                furthest = Math.max(furthest, sorted[i].end());
                furthestEnds[i] = furthest;
            }
            return new Reach(starts, furthestEnds);
        }

        boolean overlaps(int start, int end) {
            int before = startingBefore(end);
            return start < end && before > 0 && furthestEnds[before - 1] > start;
        }

        private int startingBefore(int end) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] < end) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
