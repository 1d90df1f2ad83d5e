package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One category per token from one annotator's spans. */
class TokenLabelsTest {

    /** "They say the awful plan failed." tokens: They say the awful plan failed . */
    static final String TEXT = "They say the awful plan failed.";
    static final int[] TOKENS = Tokens.of(TEXT);

    @Test
    void tokensOfTheExample() {
        assertThat(TOKENS).containsExactly(0, 4, 5, 8, 9, 12, 13, 18, 19, 23, 24, 30, 30, 31);
    }

    @Test
    void overlappingLabelsAreJoinedInSortedOrder() {
        List<SpanRef> spans = List.of(new SpanRef("Source", 0, 8), new SpanRef("Loaded language", 5, 18));
        assertThat(TokenLabels.categories(TOKENS, spans)).containsExactly("Source", "Loaded language+Source",
                "Loaded language", "Loaded language", "O", "O", "O");
    }

    /** A span that covers part of a token labels the whole token; one that only touches it does not. */
    @Test
    void partialOverlapLabelsTheToken() {
        List<SpanRef> spans = List.of(new SpanRef("Source", 15, 16), new SpanRef("Loaded language", 23, 24));
        assertThat(TokenLabels.categories(TOKENS, spans)).containsExactly("O", "O", "O", "Source", "O", "O", "O");
    }

    @Test
    void noSpansGiveO() {
        assertThat(TokenLabels.categories(TOKENS, List.of())).containsOnly("O").hasSize(7);
        assertThat(TokenLabels.categories(new int[0], List.of(new SpanRef("a", 0, 3)))).isEmpty();
    }

    @Test
    void oneLabelAtATime() {
        List<SpanRef> spans = List.of(new SpanRef("Source", 0, 8), new SpanRef("Loaded language", 5, 18),
                new SpanRef("Source", 24, 31));
        assertThat(TokenLabels.categories(TOKENS, spans, "Source")).containsExactly("Source", "Source", "O", "O",
                "O", "Source", "Source");
        assertThat(TokenLabels.categories(TOKENS, spans, "Loaded language")).containsExactly("O", "Loaded language",
                "Loaded language", "Loaded language", "O", "O", "O");
    }

    /** Nested and repeated spans of one label count once; spans given out of order are fine. */
    @Test
    void nestedSpansOfOneLabelAndUnsortedInput() {
        List<SpanRef> spans = List.of(new SpanRef("a", 19, 31), new SpanRef("a", 0, 30), new SpanRef("a", 5, 8),
                new SpanRef("b", 9, 12));
        assertThat(TokenLabels.categories(TOKENS, spans)).containsExactly("a", "a", "a+b", "a", "a", "a", "a");
    }

    @Test
    void equalCategoriesShareOneString() {
        String[] categories = TokenLabels.categories(TOKENS, List.of(new SpanRef("Loaded language", 0, 8),
                new SpanRef("Source", 0, 4), new SpanRef("Source", 13, 18), new SpanRef("Loaded language", 13, 18)));
        assertThat(categories[0]).isEqualTo("Loaded language+Source").isSameAs(categories[3]);
    }
}
