package org.slant.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.stories.AttributionLinks.How;
import org.slant.stories.AttributionLinks.Link;
import org.slant.stories.AttributionLinks.SourceSpan;

/** The rule that gives a Content span its source, and the text it is read in (code points, words, paragraphs). */
class AttributionLinksTest {

    @Test
    void theSpeakerAttributeWinsOverAnySourceSpan() {
        String text = "Stoltenberg said: \"No.\"";
        ArticleText article = new ArticleText(text);

        Link link = AttributionLinks.of(article, 19, 22, "Jens Stoltenberg", List.of(source(text, "Stoltenberg")));

        assertThat(link).isEqualTo(new Link("Jens Stoltenberg", How.SPEAKER));
        assertThat(AttributionLinks.of(article, 19, 22, "  ", List.of(source(text, "Stoltenberg"))))
                .isEqualTo(new Link("Stoltenberg", How.NEAREST_SOURCE));
    }

    @Test
    void theNearestSourceOfTheParagraphBeforeOrAfter() {
        String text = "Lavrov said talks failed, while Stoltenberg said \"differences remain\" today.";
        ArticleText article = new ArticleText(text);
        List<SourceSpan> sources = List.of(source(text, "Lavrov"), source(text, "Stoltenberg"));

        assertThat(link(article, text, "talks failed", sources)).isEqualTo("Lavrov");
        assertThat(link(article, text, "\"differences remain\"", sources)).isEqualTo("Stoltenberg");
        // a source inside the content is at no distance
        assertThat(AttributionLinks.gap(source(text, "Stoltenberg"), 0, text.length())).isZero();
    }

    @Test
    void ofTwoSourcesAsNearTheOneBeforeIt() {
        String text = "Alpha: yes :Beta";
        ArticleText article = new ArticleText(text);

        assertThat(link(article, text, "yes", List.of(source(text, "Beta"), source(text, "Alpha"))))
                .isEqualTo("Alpha");
    }

    @Test
    void aSourceInAnotherParagraphIsNoOnesAndCrLfIsOneLineBreak() {
        String text = "Stoltenberg spoke.\r\nThe talks will go on.\r\n\r\nNo date was set.";
        ArticleText article = new ArticleText(text);
        List<SourceSpan> sources = List.of(source(text, "Stoltenberg"));

        assertThat(article.paragraphOf(at(text, "\r\nThe"))).isZero();
        assertThat(article.paragraphOf(at(text, "\nThe"))).isZero();
        assertThat(article.paragraphOf(at(text, "The talks"))).isEqualTo(1);
        assertThat(article.paragraphOf(at(text, "No date"))).isEqualTo(3);
        assertThat(AttributionLinks.of(article, at(text, "The talks"), at(text, "The talks") + 5, null, sources))
                .isEqualTo(new Link(null, How.NONE));
        // a content across two paragraphs finds a source in either
        assertThat(AttributionLinks.of(article, at(text, "spoke"), at(text, "will go"), null, sources).source())
                .isEqualTo("Stoltenberg");
    }

    @Test
    void codePointsWordsAndNormalForms() {
        String text = "👍 Jens\u00A0Stoltenberg, Secretary-General: “Russia's envoy” said.\r\nOK";
        ArticleText article = new ArticleText(text);

        assertThat(article.length()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(article.slice(2, 18)).isEqualTo("Jens\u00A0Stoltenberg");
        // the emoji is no word; NBSP parts words; "Russia's" is one word, "Secretary-General" two (UAX #29, as the
        // browser's segmenter has it)
        assertThat(article.wordCount()).isEqualTo(8);
        assertThat(article.wordsIn(0, 7)).isEqualTo(1);
        assertThat(article.wordsIn(3, 4)).as("a word cut by the span counts").isEqualTo(1);
        assertThat(ArticleText.surface(" Jens\u00A0\u00A0Stoltenberg\r\n")).isEqualTo("Jens Stoltenberg");
        assertThat(ArticleText.key("“Jens\u00A0STOLTENBERG,”")).isEqualTo("jens stoltenberg");
        assertThat(ArticleText.key("Said:")).isEqualTo("said");
        assertThat(ArticleText.key("U.S. officials.")).isEqualTo("u.s. officials");
        assertThat(ArticleText.key("👍")).isEqualTo("👍");
    }

    private static String link(ArticleText article, String text, String content, List<SourceSpan> sources) {
        int start = at(text, content);
        return AttributionLinks.of(article, start, start + content.codePointCount(0, content.length()), null,
                sources).source();
    }

    private static SourceSpan source(String text, String name) {
        int start = at(text, name);
        return new SourceSpan(start, start + name.codePointCount(0, name.length()), name);
    }

    private static int at(String text, String fragment) {
        return SourcesStory.at(text, fragment);
    }
}
