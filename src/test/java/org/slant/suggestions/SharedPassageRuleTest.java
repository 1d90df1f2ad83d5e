package org.slant.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slant.suggestions.QuotationRuleTest.python;
import static org.slant.suggestions.QuotationRuleTest.seed;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.annotation.Span;
import org.slant.annotation.Suggestion;
import org.slant.stories.SharedPassage;
import org.slant.stories.SharedPassageFinder;

/** A label given inside one article's version of a shared passage, proposed at the same words of another's. */
class SharedPassageRuleTest {

    static final UUID LAYER = UUID.randomUUID();
    static final UUID CONTENT = UUID.randomUUID();
    static final UUID CUE = UUID.randomUUID();
    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();

    @Test
    void theSameWordsInTheOtherVersionWithTheOpeningMarkWhereItIsTheSame() {
        String here = "Stoltenberg spoke. “We will not compromise on the sovereignty of any nation in Europe,” he said.";
        String there = "He was clear: “We will NOT compromise on the sovereignty of every nation in Europe.”";
        Span quote = span(there, "“We will NOT compromise on the sovereignty of every nation in Europe", CONTENT,
                Map.of("quote_type", "direct"));

        List<Suggestion> proposed = propose(here, there, List.of(quote));

        assertThat(proposed).extracting(suggestion -> python(here, suggestion.start(), suggestion.end()))
                .containsExactly("“We will not compromise on the sovereignty of any nation in Europe");
        Suggestion suggestion = proposed.getFirst();
        assertThat(suggestion.text()).isEqualTo(python(here, suggestion.start(), suggestion.end()));
        assertThat(suggestion.source()).isEqualTo("shared-passage");
        assertThat(suggestion.layer()).isEqualTo(LAYER);
        assertThat(suggestion.label()).isEqualTo(CONTENT);
        assertThat(suggestion.attributes()).isEqualTo(Map.of("quote_type", "direct"));
        assertThat(suggestion.note()).contains("Outlet A’s version");
    }

    @Test
    void aSpanWhoseFirstOrLastWordThisVersionChangedOrDroppedIsNotProposed() {
        String here = "NATO said: we will not compromise on the sovereignty of any nation in Europe today.";
        String there = "NATO said: we will not compromise on the sovereignty of every nation in Europe today.";

        assertThat(propose(here, there, List.of(span(there, "every nation in Europe", CONTENT, Map.of()),
                span(there, "will not compromise on the sovereignty of every", CUE, Map.of())))).isEmpty();
        assertThat(propose(here, there, List.of(span(there, "compromise on the sovereignty", CUE, Map.of()))))
                .extracting(Suggestion::text).containsExactly("compromise on the sovereignty");
    }

    @Test
    void aSpanReachingOutsideThePassageIsNotProposed() {
        String here = "Brussels. We will not compromise on the sovereignty of any nation. Weather was fine.";
        String there = "Vilnius. We will not compromise on the sovereignty of any nation. It rained.";

        assertThat(propose(here, there, List.of(span(there, "Vilnius. We will not", CONTENT, Map.of()))))
                .isEmpty();
    }

    @Test
    void offsetsAreCodePointsWithEmojiNbspAndCrlf() {
        String here = "🇺🇦 Kyiv 😀:\r\n“NATO\u00A0will not compromise on the sovereignty of Ukraine,” she said.";
        String there = "Brussels:\r\n\"NATO will not compromise on the sovereignty of Ukraine,\" he said.";
        Span quote = span(there, "NATO will not compromise on the sovereignty of Ukraine", CONTENT, Map.of());

        List<Suggestion> proposed = propose(here, there, List.of(quote));

        assertThat(proposed).hasSize(1);
        Suggestion suggestion = proposed.getFirst();
        assertThat(python(here, suggestion.start(), suggestion.end()))
                .isEqualTo("NATO\u00A0will not compromise on the sovereignty of Ukraine");
        assertThat(suggestion.text()).isEqualTo(python(here, suggestion.start(), suggestion.end()));
        // the flag 2, " Kyiv " 6, the emoji 1, ":" 1, CRLF 2, "“" 1
        assertThat(suggestion.start()).isEqualTo(13);
    }

    @Test
    void theSeedsQuoteOfStoltenbergFromTheHillIntoTheWashingtonTimes() throws IOException {
        String hill = seed("001_4fe81ae676792f09.txt");
        String times = seed("002_bf805d41d855623e.txt");
        Span quote = span(hill, "Our differences will not be easy to bridge", CONTENT, Map.of());

        assertThat(propose(times, hill, List.of(quote))).extracting(Suggestion::text)
                .containsExactly("Our differences will not be easy to bridge");
    }

    private List<Suggestion> propose(String here, String there, List<Span> spans) {
        List<SharedPassage> passages = SharedPassageFinder.find(List.of(new SharedPassageFinder.Article(a,
                "Outlet A", there), new SharedPassageFinder.Article(b, "Outlet B", here)), 6);
        return SharedPassageRule.propose(b, here, passages, List.of(new SharedPassageRule.Labelled(a, "Outlet A",
                there, spans)));
    }

    /** A span of article A over the first place these words stand, in code points. */
    private Span span(String text, String words, UUID label, Map<String, Object> attributes) {
        int at = text.indexOf(words);
        assertThat(at).as(words).isNotNegative();
        int start = text.codePointCount(0, at);
        int end = start + words.codePointCount(0, words.length());
        return new Span(UUID.randomUUID(), a, "amira", LAYER, label, start, end, words, attributes, 0);
    }
}
