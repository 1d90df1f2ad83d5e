package org.slant.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations, cues and speakers on sentences written for the purpose and on the seeds. */
class QuotationRuleTest {

    @Test
    void aQuotationWithItsSpeakerAndCueAfterIt() {
        String text = "\"We will not compromise on core principles,\" Stoltenberg told reporters on Wednesday.";

        assertThat(found(text)).containsExactlyInAnyOrder(
                "Content: We will not compromise on core principles {quote_type=direct, speaker=Stoltenberg}",
                "Cue: told {}", "Source: Stoltenberg {}");
    }

    @Test
    void curlyQuotesAndAPronoun() {
        assertThat(found("“Our differences will not be easy to bridge,” he added."))
                .containsExactlyInAnyOrder("Content: Our differences will not be easy to bridge {quote_type=direct}",
                        "Cue: added {}", "Source: he {}");
    }

    @Test
    void theCueBeforeTheSpeaker() {
        assertThat(found("\"Talks will go on,\" said NATO Secretary General Jens Stoltenberg.")).contains(
                "Cue: said {}", "Source: NATO Secretary General Jens Stoltenberg {}",
                "Content: Talks will go on {quote_type=direct, speaker=NATO Secretary General Jens Stoltenberg}");
        assertThat(found("«We are ready to talk» said the minister.")).contains("Cue: said {}",
                "Source: the minister {}", "Content: We are ready to talk {quote_type=direct}");
    }

    @Test
    void aSpeakerDescribedWithTheBetweenQuoteAndCue() {
        assertThat(found("\"From the Russian side, they made clear that they are not ready,\" the NATO leader said."))
                .contains("Cue: said {}", "Source: the NATO leader {}");
    }

    @Test
    void aQuestionKeepsItsMarkAndItsAttribution() {
        assertThat(found("\"Are you ready for this?\" she asked.")).containsExactlyInAnyOrder(
                "Content: Are you ready for this? {quote_type=direct}", "Cue: asked {}", "Source: she {}");
    }

    @Test
    void theCueBeforeTheQuotation() {
        assertThat(found("Stoltenberg said: \"Russia must choose.\"")).containsExactlyInAnyOrder(
                "Cue: said {}", "Source: Stoltenberg {}",
                "Content: Russia must choose. {quote_type=direct, speaker=Stoltenberg}");
        assertThat(found("Later he told reporters that \"the door stays open\".")).containsExactlyInAnyOrder(
                "Cue: told {}", "Source: he {}", "Content: the door stays open {quote_type=direct}");
        assertThat(found("According to Foreign Minister Lavrov, \"the talks were useful\".")).containsExactlyInAnyOrder(
                "Cue: According to {}", "Source: Foreign Minister Lavrov {}",
                "Content: the talks were useful {quote_type=direct, speaker=Foreign Minister Lavrov}");
    }

    @Test
    void accordingToAfterTheSpeakerMarksItMediated() {
        assertThat(found("\"We had a serious exchange,\" Stoltenberg said, according to CNN.")).contains(
                "Source: Stoltenberg {mediated=true, via=CNN}", "Cue: said {}");
        assertThat(found("\"Our differences remain,\" according to The Wall Street Journal.")).contains(
                "Cue: according to {}", "Source: The Wall Street Journal {}");
    }

    @Test
    void aQuotationMayRunOverSentencesAndIsContinuedIntoTheNextParagraphOnlyWhenThatOpensAQuoteAgain() {
        assertThat(found("\"We met. We talked,\" she said.")).contains(
                "Content: We met. We talked {quote_type=direct}");
        assertThat(found("\"The first part is here.\n\n\"And the second part.\"")).containsExactlyInAnyOrder(
                "Content: The first part is here. {quote_type=direct}",
                "Content: And the second part. {quote_type=direct}");
    }

    @Test
    void nearMissesAreNotProposed() {
        // a line break inside: quotations do not cross paragraphs
        assertThat(found("\"We will\nnot compromise,\" he said.")).isEmpty();
        // one word in quotation marks, single quotes, German cue words the lexicon does not know
        assertThat(found("Putin wants a \"guarantee\" from the 'Western alliance' now.")).isEmpty();
        assertThat(found("„Wir sind bereit“, sagte er.")).containsExactly("Content: Wir sind bereit {quote_type=direct}");
        // a cue too far before the quotation, and a quotation that ends its sentence
        assertThat(found("Stoltenberg said on Wednesday after long talks that NATO stays \"open to dialogue\"."))
                .containsExactly("Content: open to dialogue {quote_type=direct}");
        assertThat(found("\"We are ready.\" Stoltenberg said the talks were over.")).containsExactly(
                "Content: We are ready. {quote_type=direct}");
        // a speaker in lower case is not a name: the cue alone
        assertThat(found("\"It is over,\" officials said.")).containsExactlyInAnyOrder(
                "Content: It is over {quote_type=direct}", "Cue: said {}");
        // a comma between quotation and cue: another clause
        assertThat(found("\"It is over,\" Stoltenberg, who chaired the meeting, said.")).containsExactly(
                "Content: It is over {quote_type=direct}");
    }

    @Test
    void offsetsAreCodePointsWithEmojiNbspAndCrlf() {
        String text = "🇺🇦 Kyiv:\u00A0“We will not give up 😀,” Zelensky\u00A0said.\r\n\"Next line\u00A0too,\" he added.";

        List<Proposal> proposals = QuotationRule.propose(text);

        assertThat(proposals).extracting(proposal -> python(text, proposal.start(), proposal.end()))
                .containsExactlyInAnyOrder("We will not give up 😀", "said", "Zelensky", "Next line\u00A0too",
                        "added", "he");
        Proposal zelensky = proposals.stream().filter(proposal -> proposal.label().equals("Source")).findFirst()
                .orElseThrow();
        // the flag is two code points (four UTF-16 units) and the emoji one (two units): 34, not 37
        assertThat(zelensky.start()).isEqualTo(34);
        assertThat(text.indexOf("Zelensky")).isEqualTo(37);
    }

    @Test
    void theSeeds() throws IOException {
        assertThat(found(seed("000_d9a08953758a916b.txt"))).contains("Cue: told {}", "Source: Stoltenberg {}",
                "Content: We had a very serious and direct exchange on the situation in and around Ukraine. And the "
                        + "implications for European security {quote_type=direct, speaker=Stoltenberg}",
                "Content: Our differences will not be easy to bridge. {quote_type=direct}", "Source: he {}",
                "Cue: added {}");
        assertThat(found(seed("003_fcefe6c8ac20c6ea.txt"))).contains(
                "Source: NATO Secretary General Jens Stoltenberg {mediated=true, via=CNN}",
                "Source: U.S. Ambassador to NATO Julianne Smith {mediated=true, via=The Wall Street Journal}",
                "Content: There are significant differences between NATO allies and Russia on these issues. "
                        + "{quote_type=direct}");
        assertThat(found(seed("002_bf805d41d855623e.txt"))).contains("Source: the NATO leader {}");
        assertThat(found(seed("001_4fe81ae676792f09.txt"))).contains("Cue: continued {}",
                "Content: not an easy discussion {quote_type=direct, speaker=Stoltenberg}");
    }

    /** Each proposal as "Label: its text {attributes}", attributes sorted by name. */
    static List<String> found(String text) {
        return QuotationRule.propose(text).stream().map(proposal -> proposal.label() + ": "
                + python(text, proposal.start(), proposal.end()) + " " + new java.util.TreeMap<>(
                        proposal.attributes())).toList();
    }

    static String seed(String name) throws IOException {
        return Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8);
    }

    /** {@code text[start:end]} as Python slices it: by code point. */
    static String python(String text, int start, int end) {
        int[] codePoints = text.codePoints().skip(start).limit(end - start).toArray();
        return new String(codePoints, 0, codePoints.length);
    }
}
