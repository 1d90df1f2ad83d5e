package org.slant.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Keeps the lowest-agreement passages of a report, and counts them all, without holding every one. */
final class Disagreements {

    private static final Comparator<Disagreement> LOWEST_FIRST = Comparator.comparingDouble(Disagreement::agreement)
            .thenComparing(Disagreement::documentTitle).thenComparingInt(Disagreement::start);

    private final int kept;
    private final PriorityQueue<Disagreement> highestFirst;
    private long count;

    Disagreements(int kept) {
        this.kept = kept;
        this.highestFirst = new PriorityQueue<>(LOWEST_FIRST.reversed());
    }

    /** Whether a passage with this agreement would be kept: lets callers skip building excerpts. */
    boolean wouldKeep(double agreement) {
        return highestFirst.size() < kept || agreement < highestFirst.peek().agreement();
    }

    void add(Disagreement disagreement) {
        count++;
        highestFirst.add(disagreement);
        if (highestFirst.size() > kept) {
            highestFirst.poll();
        }
    }

    /** Counts a passage that was not built because it would not be kept. */
    void countOnly() {
        count++;
    }

    long count() {
        return count;
    }

    List<Disagreement> lowestFirst() {
        List<Disagreement> list = new ArrayList<>(highestFirst);
        list.sort(LOWEST_FIRST);
        return list;
    }
}
