package org.slant.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level alignment of two runs of words: a global alignment with the fewest edits (a word kept, changed, dropped
 * or added), which says how one version of a passage differs from another; and the local extension that moves a
 * match's end over a word changed near it ("substantive topics" against "substantial topics").
 */
final class WordAlignment {

    enum Step { KEPT, CHANGED, DROPPED, ADDED }

    /** One step of an alignment: {@code a} and {@code b} are word indices, -1 where the step has no word there. */
    record Edit(Step step, int a, int b) {
    }

    private static final int MATCH = 2;
    private static final int MISMATCH = -1;
    private static final int GAP = -2;

    private WordAlignment() {
    }

    /** The fewest edits that turn {@code a[aFrom, aTo)} into {@code b[bFrom, bTo)}, in text order. */
    static List<Edit> align(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        // the cost of turning a's first i words into b's first j; the step that got there, to walk back
        byte[] from = new byte[(n + 1) * (m + 1)];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
            from[j] = 3;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            from[i * (m + 1)] = 2;
            int ai = a[aFrom + i - 1];
            for (int j = 1; j <= m; j++) {
                boolean same = ai == b[bFrom + j - 1];
                int diagonal = previous[j - 1] + (same ? 0 : 1);
                int drop = previous[j] + 1;
                int add = current[j - 1] + 1;
                int best = diagonal;
                byte step = (byte) (same ? 0 : 1);
                // on a tie, the reference's later word is the one dropped: read from the end, that keeps the
                // version's words as far left (as early in the reference) as they can stand
                if (drop <= best) {
                    best = drop;
                    step = 2;
                }
                if (add < best) {
                    best = add;
                    step = 3;
                }
                current[j] = best;
                from[i * (m + 1) + j] = step;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        List<Edit> reversed = new ArrayList<>(Math.max(n, m));
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            byte step = from[i * (m + 1) + j];
            switch (step) {
                case 0 -> reversed.add(new Edit(Step.KEPT, aFrom + --i, bFrom + --j));
                case 1 -> reversed.add(new Edit(Step.CHANGED, aFrom + --i, bFrom + --j));
                case 2 -> reversed.add(new Edit(Step.DROPPED, aFrom + --i, -1));
                default -> reversed.add(new Edit(Step.ADDED, -1, bFrom + --j));
            }
        }
        return reversed.reversed();
    }

    /**
     * How far a match ending before {@code a[aAt]} and {@code b[bAt]} extends forward over a few changed, dropped or
     * added words: the best-scoring alignment of at most {@code aWindow} and {@code bWindow} words that ends in a kept word,
     * if it scores above zero. Returns {@code {words of a, words of b}} to add, {@code {0, 0}} for none.
     */
    static int[] extendForward(int[] a, int aAt, int aWindow, int[] b, int bAt, int bWindow) {
        int n = Math.min(aWindow, a.length - aAt);
        int m = Math.min(bWindow, b.length - bAt);
        return bestEnd(n, m, (x, y) -> a[aAt + x] == b[bAt + y]);
    }

    /** As {@link #extendForward}, backward from before {@code a[aAt]} and {@code b[bAt]} (exclusive). */
    static int[] extendBackward(int[] a, int aAt, int aWindow, int[] b, int bAt, int bWindow) {
        int n = Math.min(aWindow, aAt);
        int m = Math.min(bWindow, bAt);
        return bestEnd(n, m, (x, y) -> a[aAt - 1 - x] == b[bAt - 1 - y]);
    }

    private interface Same {
        boolean at(int x, int y);
    }

    private static int[] bestEnd(int n, int m, Same same) {
        int[][] score = new int[n + 1][m + 1];
        int bestScore = 0;
        int[] best = {0, 0};
        for (int x = 0; x <= n; x++) {
            for (int y = 0; y <= m; y++) {
                if (x == 0 && y == 0) {
                    continue;
                }
                int value = Integer.MIN_VALUE / 2;
                if (x > 0 && y > 0) {
                    boolean match = same.at(x - 1, y - 1);
                    value = score[x - 1][y - 1] + (match ? MATCH : MISMATCH);
                    if (match && value > bestScore) {
                        bestScore = value;
                        best = new int[] {x, y};
                    }
                }
                if (x > 0) {
                    value = Math.max(value, score[x - 1][y] + GAP);
                }
                if (y > 0) {
                    value = Math.max(value, score[x][y - 1] + GAP);
                }
                score[x][y] = value;
            }
        }
        return best;
    }
}
