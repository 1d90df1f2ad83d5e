package org.slant.agreement;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;
import org.slant.corpus.WordSegments;

/**
 * Word tokens for the token-level kappas: spans become one label per token, so the tokenisation decides what a unit
 * is. ICU's word segmentation (WordSegments) needs no model, gives every annotator the same units, and is the one
 * the browser snaps selections to.
 */
public final class Tokens {

    private Tokens() {
    }

    /**
     * Word tokens of a text as code-point offsets: [start0, end0, start1, end1, ...], from ICU's word segmentation
     * ({@link WordSegments}), never cutting a grapheme cluster (a flag, an emoji with
     * its skin tone); segments that are only whitespace are left out; punctuation marks are tokens. Offsets are Unicode code points, not UTF-16 units (texts contain emoji).
     */
    public static int[] of(String text) {
        BreakIterator words = WordSegments.words(text);
        // the word breaker cuts some emoji apart (a flag's two regional indicators, a skin-tone modifier); a token
        // never ends inside a user-perceived character
        BreakIterator characters = WordSegments.characters(text);
        int[] offsets = new int[16];
        int count = 0;
        int start = words.first();
        int codePoints = 0;
        for (int end = WordSegments.nextWholeEnd(words, characters); end != BreakIterator.DONE;
                start = end, end = WordSegments.nextWholeEnd(words, characters)) {
            int length = text.codePointCount(start, end);
            if (!blank(text, start, end)) {
                if (count + 2 > offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                }
                offsets[count++] = codePoints;
                offsets[count++] = codePoints + length;
            }
            codePoints += length;
        }
        return Arrays.copyOf(offsets, count);
    }

    /** Whitespace including the no-break spaces, which Character.isWhitespace does not count. */
    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end;) {
            int codePoint = text.codePointAt(i);
            if (!Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
