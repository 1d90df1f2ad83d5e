package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.annotation.query.ComparableWork.AnnotatorWork;

/** The curation queue's agreement per document, on cases counted by hand. */
class DocumentAgreementTest {

    @Test
    void isTheMeanOfThePairsExactF1OverSpansAndAnswers() {
        // A: spans (1, 0-5), (1, 10-15), answer 3; B: (1, 0-5), answer 3; C: (2, 0-5), answer 4
        AnnotatorWork a = work(new int[] {1, 1}, new int[] {0, 10}, new int[] {5, 15}, new int[] {3});
        AnnotatorWork b = work(new int[] {1}, new int[] {0}, new int[] {5}, new int[] {3});
        AnnotatorWork c = work(new int[] {2}, new int[] {0}, new int[] {5}, new int[] {4});

        // A-B: 2 x 2 / (3 + 2) = 0.8; A-C: 0; B-C: 0
        assertThat(DocumentAgreement.of(List.of(a, b)).agreement()).isCloseTo(0.8, offset(1e-12));
        assertThat(DocumentAgreement.of(List.of(a, b, c)).agreement()).isCloseTo(0.8 / 3, offset(1e-12));
        assertThat(DocumentAgreement.of(List.of(a, b, c)).unanimous()).isFalse();
    }

    @Test
    void isUndefinedBelowTwoAnnotatorsAndOneWhenNeitherMarkedAnything() {
        AnnotatorWork none = work(new int[0], new int[0], new int[0], new int[0]);
        assertThat(DocumentAgreement.of(List.of(none))).isEqualTo(DocumentAgreement.UNDEFINED);
        assertThat(DocumentAgreement.of(List.of())).isEqualTo(DocumentAgreement.UNDEFINED);
        assertThat(DocumentAgreement.of(List.of(none, none))).isEqualTo(new DocumentAgreement(1.0, true));
    }

    @Test
    void unanimousOnlyWithTheSameAttributeValuesInWhateverOrder() {
        AnnotatorWork first = new AnnotatorWork("a", "DONE", new int[] {1, 2}, new int[] {0, 7}, new int[] {5, 9},
                new long[] {11, 12}, new int[] {3}, new long[] {13});
        AnnotatorWork sameOtherOrder = new AnnotatorWork("b", "DONE", new int[] {2, 1}, new int[] {7, 0},
                new int[] {9, 5}, new long[] {12, 11}, new int[] {3}, new long[] {13});
        AnnotatorWork otherValue = new AnnotatorWork("c", "DONE", new int[] {1, 2}, new int[] {0, 7},
                new int[] {5, 9}, new long[] {11, 12}, new int[] {3}, new long[] {99});

        assertThat(DocumentAgreement.of(List.of(first, sameOtherOrder))).isEqualTo(new DocumentAgreement(1.0, true));
        assertThat(DocumentAgreement.of(List.of(first, otherValue))).isEqualTo(new DocumentAgreement(1.0, false));
    }

    private static AnnotatorWork work(int[] labels, int[] starts, int[] ends, int[] answers) {
        return new AnnotatorWork("x", "DONE", labels, starts, ends, new long[labels.length], answers,
                new long[answers.length]);
    }
}
