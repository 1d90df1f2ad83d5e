package org.slant.agreement;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Word tokens for the token-level kappas: spans become one label per token, so the tokenisation decides what a unit
 * is. The JDK's word breaker needs no model and gives every annotator the same units.
 */
public final class Tokens {

    private Tokens() {
    }

    /**
     * Word tokens of a text as code-point offsets: [start0, end0, start1, end1, ...], from
     * java.text.BreakIterator.getWordInstance(Locale.ROOT); segments that are only whitespace are left out; punctuation
     * marks are tokens. Offsets are Unicode code points, not UTF-16 units (texts contain emoji).
     */
    public static int[] of(String text) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int[] offsets = new int[16];
        int count = 0;
        int start = words.first();
        int codePoints = 0;
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
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
