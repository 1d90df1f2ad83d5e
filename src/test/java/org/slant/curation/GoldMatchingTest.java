package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slant.curation.GoldMatching.Comparison;
import org.slant.curation.GoldMatching.Unit;

/** Matching an annotator's spans to gold one to one (labels 0 and 1; offsets in code points). */
class GoldMatchingTest {

    @Test
    void anExactPairNeedsTheSameStartEndAndLabelAndADuplicateIsPairedOnce() {
        Comparison comparison = GoldMatching.compare(
                List.of(new Unit(0, 0, 5), new Unit(0, 0, 5), new Unit(1, 0, 5), new Unit(0, 0, 6)),
                List.of(new Unit(0, 0, 5)));

        assertThat(comparison.exact()).containsExactly(true, false, false, false);
        // the duplicate and [0,6) overlap the gold span too, but it is already taken
        assertThat(comparison.overlap()).containsExactly(true, false, false, false);
    }

    @Test
    void oneLongSpanOverTwoGoldSpansIsOnePairAndBothGoldSpansCountAsMet() {
        Comparison comparison = GoldMatching.compare(List.of(new Unit(0, 0, 20)),
                List.of(new Unit(0, 2, 5), new Unit(0, 10, 15)));

        assertThat(comparison.overlap()).containsExactly(true);
        assertThat(comparison.missed()).containsExactly(false, false);
        assertThat(comparison.goldLabel()).containsExactly(0);
    }

    @Test
    void touchingSpansDoNotOverlap() {
        Comparison comparison = GoldMatching.compare(List.of(new Unit(0, 0, 5)), List.of(new Unit(0, 5, 9)));

        assertThat(comparison.overlap()).containsExactly(false);
        assertThat(comparison.goldLabel()).containsExactly(GoldMatching.NO_GOLD_SPAN);
        assertThat(comparison.missed()).containsExactly(true);
    }

    @Test
    void pairsAsManyAsThereCanBeWhereTakingTheFirstOverlapWouldNot() {
        // [0,10) could take the gold [1,2) first, leaving [0,3) without a partner; two pairs can be made
        Comparison comparison = GoldMatching.compare(List.of(new Unit(0, 0, 10), new Unit(0, 0, 3)),
                List.of(new Unit(0, 1, 2), new Unit(0, 5, 6)));

        assertThat(comparison.overlap()).containsExactly(true, true);
    }

    @Test
    void theConfusionColumnIsItsOwnLabelWhenGoldHasItThereElseTheGoldSpanSharingMost() {
        Comparison comparison = GoldMatching.compare(
                List.of(new Unit(0, 0, 10), new Unit(1, 0, 10), new Unit(1, 20, 30)),
                // [0,10) of label 0 meets gold 1 [0,8) and gold 0 [8,12): its own label wins
                List.of(new Unit(1, 0, 8), new Unit(0, 8, 12), new Unit(1, 40, 45)));

        assertThat(comparison.goldLabel()).containsExactly(0, 1, GoldMatching.NO_GOLD_SPAN);
        assertThat(comparison.missed()).containsExactly(false, false, true);
    }

    @Test
    void theGreedyPairingIsAsLargeAsAnExhaustiveSearchFindsOnRandomSpans() {
        Random random = new Random(14);
        for (int round = 0; round < 500; round++) {
            List<Unit> theirs = randomSpans(random);
            List<Unit> gold = randomSpans(random);
            boolean[] paired = GoldMatching.compare(theirs, gold).overlap();
            int pairs = 0;
            for (boolean one : paired) {
                pairs += one ? 1 : 0;
            }
            assertThat(pairs).as("round %d: %s against %s", round, theirs, gold)
                    .isEqualTo(mostPairs(theirs, gold, 0, new boolean[gold.size()]));
        }
    }

    private static List<Unit> randomSpans(Random random) {
        return random.ints(random.nextInt(6), 0, 20).mapToObj(start -> new Unit(random.nextInt(2), start,
                start + 1 + random.nextInt(6))).toList();
    }

    /** The largest pairing, by trying every choice. */
    private static int mostPairs(List<Unit> theirs, List<Unit> gold, int next, boolean[] taken) {
        if (next == theirs.size()) {
            return 0;
        }
        int best = mostPairs(theirs, gold, next + 1, taken);
        for (int j = 0; j < gold.size(); j++) {
            Unit span = theirs.get(next);
            if (!taken[j] && gold.get(j).label() == span.label() && gold.get(j).overlaps(span)) {
                taken[j] = true;
                best = Math.max(best, 1 + mostPairs(theirs, gold, next + 1, taken));
                taken[j] = false;
            }
        }
        return best;
    }
}
