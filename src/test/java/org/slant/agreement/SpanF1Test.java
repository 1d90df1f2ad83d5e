package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Span F1 worked out by hand. */
class SpanF1Test {

    static final List<SpanRef> A = List.of(new SpanRef("Source", 0, 5), new SpanRef("Source", 10, 20),
            new SpanRef("Loaded language", 30, 40));
    static final List<SpanRef> B = List.of(new SpanRef("Source", 0, 5), new SpanRef("Source", 12, 20),
            new SpanRef("Loaded language", 30, 40), new SpanRef("Loaded language", 50, 60));

    /** A has 3 spans, B 4, two identical: P = 2/4, R = 2/3, F1 = 2 * 2 / (3 + 4) = 0.571. */
    @Test
    void exactMatchCountsIdenticalSpans() {
        MatchCounts counts = SpanF1.exact(A, B);
        assertThat(counts).isEqualTo(new MatchCounts(2, 3, 2, 4));
        assertThat(counts.f1()).isCloseTo(4.0 / 7, within(1e-12)).isCloseTo(0.571, within(0.0005));
    }

    /** [10, 20) and [12, 20) now match too: P = 3/4, R = 3/3, F1 = 2 * 0.75 / 1.75 = 0.857. */
    @Test
    void overlapMatchCountsSharedCharacters() {
        MatchCounts counts = SpanF1.overlap(A, B);
        assertThat(counts).isEqualTo(new MatchCounts(3, 3, 3, 4));
        assertThat(counts.f1()).isCloseTo(6.0 / 7, within(1e-12));
    }

    @Test
    void overlapWithAnotherLabelDoesNotMatch() {
        MatchCounts counts = SpanF1.overlap(List.of(new SpanRef("Source", 0, 10)),
                List.of(new SpanRef("Loaded language", 0, 10)));
        assertThat(counts).isEqualTo(new MatchCounts(0, 1, 0, 1));
        assertThat(counts.f1()).isEqualTo(0.0);
        assertThat(SpanF1.exact(List.of(new SpanRef("Source", 0, 10)), List.of(new SpanRef("Other", 0, 10))).f1())
                .isEqualTo(0.0);
    }

    @Test
    void touchingSpansDoNotOverlap() {
        MatchCounts counts = SpanF1.overlap(List.of(new SpanRef("a", 0, 5)), List.of(new SpanRef("a", 5, 9)));
        assertThat(counts).isEqualTo(new MatchCounts(0, 1, 0, 1));
        assertThat(SpanF1.overlap(List.of(new SpanRef("a", 0, 5)), List.of(new SpanRef("a", 4, 9))))
                .isEqualTo(new MatchCounts(1, 1, 1, 1));
    }

    /** One long span of A against two short ones of B: both of B are matched, and A's one. */
    @Test
    void oneSpanMayMatchSeveralUnderOverlap() {
        MatchCounts counts = SpanF1.overlap(List.of(new SpanRef("a", 0, 100)),
                List.of(new SpanRef("a", 10, 20), new SpanRef("a", 80, 90), new SpanRef("a", 100, 110)));
        assertThat(counts).isEqualTo(new MatchCounts(1, 1, 2, 3));
    }

    /** A span reached only by an earlier, longer one, not by its neighbour: found through the furthest end so far. */
    @Test
    void overlapFindsAnEarlierLongSpan() {
        List<SpanRef> other = List.of(new SpanRef("a", 0, 100), new SpanRef("a", 10, 12), new SpanRef("a", 60, 61));
        assertThat(SpanF1.overlap(List.of(new SpanRef("a", 40, 45)), other)).isEqualTo(new MatchCounts(1, 1, 1, 3));
    }

    @Test
    void duplicatesMatchAtMostOnceEach() {
        List<SpanRef> twice = List.of(new SpanRef("a", 0, 5), new SpanRef("a", 0, 5));
        assertThat(SpanF1.exact(twice, List.of(new SpanRef("a", 0, 5)))).isEqualTo(new MatchCounts(1, 2, 1, 1));
        assertThat(SpanF1.exact(twice, twice)).isEqualTo(new MatchCounts(2, 2, 2, 2));
    }

    @Test
    void f1IsSymmetric() {
        assertThat(SpanF1.exact(B, A).f1()).isCloseTo(SpanF1.exact(A, B).f1(), within(1e-12));
        assertThat(SpanF1.overlap(B, A).f1()).isCloseTo(SpanF1.overlap(A, B).f1(), within(1e-12));
    }

    @Test
    void bothEmptyIsUndefinedAndOneEmptyIsZero() {
        assertThat(SpanF1.exact(List.of(), List.of()).f1()).isNull();
        assertThat(SpanF1.overlap(List.of(), List.of()).f1()).isNull();
        assertThat(MatchCounts.NONE.f1()).isNull();
        assertThat(SpanF1.exact(A, List.of()).f1()).isEqualTo(0.0);
        assertThat(SpanF1.overlap(List.of(), B).f1()).isEqualTo(0.0);
    }

    @Test
    void perLabelCountsOnlyThatLabel() {
        assertThat(SpanF1.exact(A, B, "Loaded language")).isEqualTo(new MatchCounts(1, 1, 1, 2));
        assertThat(SpanF1.exact(A, B, "Loaded language").f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(SpanF1.overlap(A, B, "Source")).isEqualTo(new MatchCounts(2, 2, 2, 2));
        assertThat(SpanF1.exact(A, B, "Nobody used it").f1()).isNull();
    }

    /**
     * Summing counts over documents gives micro F1: document 1 as above (2 of 3, 2 of 4), document 2 one span each,
     * not matching: 2 of 4 and 2 of 5, P = 0.4, R = 0.5, F1 = 0.4 / 0.9 = 0.444, not the mean of 0.571 and 0.
     */
    @Test
    void countsSummedOverDocumentsGiveMicroF1() {
        MatchCounts second = SpanF1.exact(List.of(new SpanRef("a", 0, 4)), List.of(new SpanRef("a", 1, 4)));
        MatchCounts total = MatchCounts.NONE.plus(SpanF1.exact(A, B)).plus(second);
        assertThat(total).isEqualTo(new MatchCounts(2, 4, 2, 5));
        assertThat(total.f1()).isCloseTo(4.0 / 9, within(1e-12));
    }

    @Test
    void byLabelInOnePassEqualsEachLabelAloneAndSumsToTheWhole() {
        java.util.Random random = new java.util.Random(5);
        List<String> labels = List.of("A", "B", "C");
        for (int trial = 0; trial < 200; trial++) {
            List<SpanRef> a = randomSpans(random, labels);
            List<SpanRef> b = randomSpans(random, labels);
            java.util.Map<String, MatchCounts> exact = SpanF1.exactByLabel(a, b);
            java.util.Map<String, MatchCounts> overlap = SpanF1.overlapByLabel(a, b);
            MatchCounts exactSum = MatchCounts.NONE;
            MatchCounts overlapSum = MatchCounts.NONE;
            for (String label : labels) {
                MatchCounts labelExact = exact.getOrDefault(label, MatchCounts.NONE);
                MatchCounts labelOverlap = overlap.getOrDefault(label, MatchCounts.NONE);
                assertThat(labelExact).isEqualTo(SpanF1.exact(a, b, label));
                assertThat(labelOverlap).isEqualTo(SpanF1.overlap(a, b, label));
                exactSum = exactSum.plus(labelExact);
                overlapSum = overlapSum.plus(labelOverlap);
            }
            assertThat(exactSum).isEqualTo(SpanF1.exact(a, b));
            assertThat(overlapSum).isEqualTo(SpanF1.overlap(a, b));
        }
    }

    private static List<SpanRef> randomSpans(java.util.Random random, List<String> labels) {
        List<SpanRef> spans = new java.util.ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            int start = random.nextInt(40);
            spans.add(new SpanRef(labels.get(random.nextInt(labels.size())), start, start + 1 + random.nextInt(10)));
        }
        return spans;
    }
}
