package org.slant.corpus;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Unicode text segmentation (UAX #29) by ICU, with its dictionaries for the scripts written without spaces (Chinese,
 * Japanese, Thai, Lao, Khmer, Burmese): the segmentation the browser's {@code Intl.Segmenter} does, which is ICU too,
 * so that the server's words (counts, tokens, shared passages) are the ones the annotator snaps to (decision 0035).
 * Offsets are UTF-16 indices into the text, as ICU gives them; each call returns a new iterator (they keep state).
 */
public final class WordSegments {

    private WordSegments() {
    }

    /** Word boundaries, from the root locale's rules (the browser's default locale segments words the same). */
    public static BreakIterator words(String text) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        return words;
    }

    /** Boundaries of user-perceived characters (grapheme clusters: a flag, an emoji with its skin tone). */
    public static BreakIterator characters(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        characters.setText(text);
        return characters;
    }

    /** Sentence boundaries. */
    public static BreakIterator sentences(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
        sentences.setText(text);
        return sentences;
    }

    /**
     * The units selections snap to, for the browser: word segments that hold a letter, digit, symbol or emoji (not
     * only spaces or punctuation), never ending inside a grapheme cluster. As UTF-16 indices, delta-coded to keep the
     * page small: for each unit, its distance from the previous unit's end, then its length. The browser takes these
     * rather than its own {@code Intl.Segmenter}'s, which Chromium patches to break at a full stop between letters
     * ("U.S.", "Censor.NET"), so that both sides have one rule (decision 0035).
     */
    public static int[] snapUnits(String text) {
        BreakIterator words = words(text);
        BreakIterator characters = characters(text);
        int[] units = new int[16];
        int count = 0;
        int previousEnd = 0;
        int start = words.first();
        for (int end = nextWholeEnd(words, characters); end != BreakIterator.DONE;
                start = end, end = nextWholeEnd(words, characters)) {
            if (holdsMoreThanSpaceAndPunctuation(text, start, end)) {
                if (count + 2 > units.length) {
                    units = java.util.Arrays.copyOf(units, units.length * 2);
                }
                units[count++] = start - previousEnd;
                units[count++] = end - start;
                previousEnd = end;
            }
        }
        return java.util.Arrays.copyOf(units, count);
    }

    /**
     * The next word boundary that is also a boundary between user-perceived characters: a flag's two regional
     * indicators or an emoji and its skin tone are never cut apart.
     */
    public static int nextWholeEnd(BreakIterator words, BreakIterator characters) {
        int end = words.next();
        while (end != BreakIterator.DONE && !characters.isBoundary(end)) {
            end = words.next();
        }
        return end;
    }

    private static boolean holdsMoreThanSpaceAndPunctuation(String text, int start, int end) {
        for (int i = start; i < end;) {
            int codePoint = text.codePointAt(i);
            if (!isSpace(codePoint) && !isPunctuation(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** What JavaScript's {@code \s} matches: white space, no-break spaces and the byte order mark. */
    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xFEFF;
    }

    /** What {@code \p{P}} matches. */
    private static boolean isPunctuation(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
