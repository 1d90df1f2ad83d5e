package org.slant.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds where a document's annotators disagree in one span layer. A passage is a maximal stretch covered by anyone's
 * span; its agreement is the share of its characters on which every annotator gives the same set of labels.
 */
final class Passages {

    private Passages() {
    }

    record Found(int start, int end, double agreement) {
    }

    /**
     * @param byRater each annotator's spans
     * @param labelBits each label's bit (a layer has at most 64 labels in a report; more share bits, which only
     *     makes different labels look alike beyond the 64th)
     */
    static List<Found> disagreeing(List<List<SpanRef>> byRater, Map<String, Integer> labelBits) {
        int[] cuts = cuts(byRater);
        if (cuts.length < 2) {
            return List.of();
        }
        int pieces = cuts.length - 1;
        long[][] labelsOn = new long[byRater.size()][pieces];
        for (int rater = 0; rater < byRater.size(); rater++) {
            for (SpanRef span : byRater.get(rater)) {
                long bit = 1L << (labelBits.getOrDefault(span.label(), 63) & 63);
                for (int piece = Arrays.binarySearch(cuts, span.start()); cuts[piece] < span.end(); piece++) {
                    labelsOn[rater][piece] |= bit;
                }
            }
        }
        List<Found> found = new ArrayList<>();
        int passageStart = -1;
        long agreeing = 0;
        for (int piece = 0; piece <= pieces; piece++) {
            boolean covered = piece < pieces && covered(labelsOn, piece);
            if (covered && passageStart < 0) {
                passageStart = cuts[piece];
                agreeing = 0;
            }
            if (covered && same(labelsOn, piece)) {
                agreeing += cuts[piece + 1] - cuts[piece];
            }
            if (!covered && passageStart >= 0) {
                int end = cuts[piece];
                if (agreeing < end - passageStart) {
                    found.add(new Found(passageStart, end, agreeing / (double) (end - passageStart)));
                }
                passageStart = -1;
            }
        }
        return found;
    }

    private static int[] cuts(List<List<SpanRef>> byRater) {
        return byRater.stream().flatMap(List::stream)
                .flatMapToInt(span -> java.util.stream.IntStream.of(span.start(), span.end()))
                .sorted().distinct().toArray();
    }

    private static boolean covered(long[][] labelsOn, int piece) {
        for (long[] rater : labelsOn) {
            if (rater[piece] != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(long[][] labelsOn, int piece) {
        for (long[] rater : labelsOn) {
            if (rater[piece] != labelsOn[0][piece]) {
                return false;
            }
        }
        return true;
    }
}
