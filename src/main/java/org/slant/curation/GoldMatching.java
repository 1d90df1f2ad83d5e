package org.slant.curation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one annotator's spans of one layer of a document are matched to the document's gold spans of that layer
 * (docs/measures.md, "Annotators against gold"). Pairs are one to one: no span, theirs or gold, is in two pairs, so
 * that one long span covering two gold spans counts once. Kept apart from agreement's span F1, which counts each
 * side's matches on its own, because agreement may come to read gold: curation must not depend on it.
 */
final class GoldMatching {

    /** The confusion column of a span that overlaps no gold span. */
    static final int NO_GOLD_SPAN = -1;

    private static final Comparator<Unit> BY_POSITION = Comparator.comparingInt(Unit::start)
            .thenComparingInt(Unit::end).thenComparingInt(Unit::label);

    private GoldMatching() {
    }

    /** A span reduced to what matching needs: its label (an index) and [start, end) in code points. */
    record Unit(int label, int start, int end) {

        boolean overlaps(Unit other) {
            return start < other.end && other.start < end;
        }

        int shared(Unit other) {
            return Math.min(end, other.end) - Math.max(start, other.start);
        }
    }

    /**
     * What became of each span, theirs and gold, in the order given.
     *
     * @param exact theirs[i] is paired with a gold span of the same start, end and label
     * @param overlap theirs[i] is paired with a gold span of the same label sharing a code point
     * @param goldLabel the gold label theirs[i] is counted under in the confusion table, or {@link #NO_GOLD_SPAN}
     * @param missed gold[j] is overlapped by none of theirs, whatever its label
     */
    record Comparison(boolean[] exact, boolean[] overlap, int[] goldLabel, boolean[] missed) {
    }

    static Comparison compare(List<Unit> theirs, List<Unit> gold) {
        List<Unit> goldByPosition = gold.stream().sorted(BY_POSITION).toList();
        int[] goldLabels = new int[theirs.size()];
        for (int i = 0; i < theirs.size(); i++) {
            goldLabels[i] = goldLabelOf(theirs.get(i), goldByPosition);
        }
        boolean[] missed = new boolean[gold.size()];
        for (int j = 0; j < gold.size(); j++) {
            Unit one = gold.get(j);
            missed[j] = theirs.stream().noneMatch(one::overlaps);
        }
        return new Comparison(exactlyPaired(theirs, gold), overlapPaired(theirs, gold), goldLabels, missed);
    }

    /** Exact pairs: each gold span pairs with at most one of theirs that has its start, end and label. */
    private static boolean[] exactlyPaired(List<Unit> theirs, List<Unit> gold) {
        Map<Unit, Integer> unpaired = new HashMap<>();
        gold.forEach(unit -> unpaired.merge(unit, 1, Integer::sum));
        boolean[] paired = new boolean[theirs.size()];
        for (int i = 0; i < theirs.size(); i++) {
            Integer left = unpaired.get(theirs.get(i));
            if (left != null && left > 0) {
                unpaired.put(theirs.get(i), left - 1);
                paired[i] = true;
            }
        }
        return paired;
    }

    /**
     * The most one-to-one pairs of the same label sharing at least one code point. Greedy, and still the most there
     * can be: taking the spans of both sides by where they end, an unpaired span pairs with the unpaired span of the
     * other side that overlaps it and ends first (an exchange argument shows no pairing does better).
     */
    private static boolean[] overlapPaired(List<Unit> theirs, List<Unit> gold) {
        int count = theirs.size() + gold.size();
        Integer[] order = new Integer[count];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparingInt((Integer k) -> unit(k, theirs, gold).end())
                .thenComparingInt(k -> unit(k, theirs, gold).start()).thenComparingInt(k -> k));
        int[] partner = new int[count];
        Arrays.fill(partner, -1);
        for (int k : order) {
            if (partner[k] >= 0) {
                continue;
            }
            Unit span = unit(k, theirs, gold);
            boolean isTheirs = k < theirs.size();
            int from = isTheirs ? theirs.size() : 0;
            int to = isTheirs ? count : theirs.size();
            int best = -1;
            for (int other = from; other < to; other++) {
                Unit candidate = unit(other, theirs, gold);
                if (partner[other] < 0 && candidate.label() == span.label() && candidate.overlaps(span)
                        && (best < 0 || candidate.end() < unit(best, theirs, gold).end())) {
                    best = other;
                }
            }
            if (best >= 0) {
                partner[k] = best;
                partner[best] = k;
            }
        }
        boolean[] paired = new boolean[theirs.size()];
        for (int i = 0; i < theirs.size(); i++) {
            paired[i] = partner[i] >= 0;
        }
        return paired;
    }

    private static Unit unit(int k, List<Unit> theirs, List<Unit> gold) {
        return k < theirs.size() ? theirs.get(k) : gold.get(k - theirs.size());
    }

    /**
     * Its own label when a gold span of that label overlaps it; otherwise the label of the gold span it shares most
     * code points with (the one starting first on a tie); {@link #NO_GOLD_SPAN} when it overlaps none.
     */
    private static int goldLabelOf(Unit span, List<Unit> goldByPosition) {
        int label = NO_GOLD_SPAN;
        int most = 0;
        for (Unit gold : goldByPosition) {
            if (gold.start() >= span.end()) {
                break;
            }
            if (!gold.overlaps(span)) {
                continue;
            }
            if (gold.label() == span.label()) {
                return span.label();
            }
            if (span.shared(gold) > most) {
                most = span.shared(gold);
                label = gold.label();
            }
        }
        return label;
    }
}
