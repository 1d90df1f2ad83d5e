package org.slant.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slant.agreement.Tokens;

/** Words in scripts without spaces, and words with an apostrophe, as ICU (and the browser) segment them. */
class WordSegmentsTest {

    @Test
    void chineseAndThaiAreCutIntoWordsNotIntoOneSegmentPerSentence() {
        // the JDK's breaker took each of these sentences for a single word
        assertThat(DocumentText.countWords("北约与俄罗斯举行会谈。")).isEqualTo(5);
        assertThat(Tokens.of("北约与俄罗斯举行会谈。")).containsExactly(0, 2, 2, 3, 3, 6, 6, 8, 8, 10, 10, 11);
        assertThat(DocumentText.countWords("นาโตและรัสเซียพบกัน")).isEqualTo(6);
        assertThat(DocumentText.countWords("NATOとロシアが会談した。")).isEqualTo(6);
    }

    @Test
    void anApostropheInsideAWordKeepsItWholeAndEmojiStayWhole() {
        assertThat(DocumentText.countWords("Ukraine’s border")).isEqualTo(2);
        // code points: the skin-toned emoji and the flag are two each, and tokens of their own
        assertThat(Tokens.of("Hi 👋🏽 🇺🇦 NATO\u00a0talks.")).containsExactly(0, 2, 3, 5, 6, 8, 9, 13, 14, 19, 19, 20);
    }

    @Test
    void rightToLeftWordsAndTheLatinInsideThemAreWords() {
        assertThat(DocumentText.countWords("قال ستولتنبرغ إن NATO مستعد للحوار.")).isEqualTo(6);
        assertThat(DocumentText.countWords("אמר כי NATO מוכנה")).isEqualTo(4);
    }

    @Test
    void theUnitsSelectionsSnapToAreWordsNumbersAndEmojiDeltaCodedInUtf16() {
        String text = "Hi 👋🏽, the U.S. «talks» 北约与俄罗斯.";
        int[] units = WordSegments.snapUnits(text);
        java.util.List<String> words = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < units.length; i += 2) {
            int start = at + units[i];
            at = start + units[i + 1];
            words.add(text.substring(start, at));
        }
        // punctuation and spaces alone are no unit; "U.S" keeps its inner full stop, as UAX #29 has it
        assertThat(words).containsExactly("Hi", "👋🏽", "the", "U.S", "talks", "北约", "与", "俄罗斯");
        assertThat(units).startsWith(0, 2, 1, 4);
    }
}
