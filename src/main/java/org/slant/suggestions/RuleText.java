package org.slant.suggestions;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's text as the rules read it: cut into lines (a line break of any kind, CRLF included, ends one; the
 * break belongs to no line) and words, in char indices, with the code point offset of every char index so that what
 * a rule finds is proposed at exact code point offsets, as everywhere outside the browser.
 */
final class RuleText {

    final String text;
    /** The code point offset of each char index, and of the text's end. */
    private final int[] codePointOf;

    RuleText(String text) {
        this.text = text;
        codePointOf = new int[text.length() + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointOf[i] = codePoint;
            if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                codePoint++;
            }
        }
        codePointOf[text.length()] = codePoint;
    }

    /** The code point offset of a char index; a low surrogate counts with its high one. */
    int codePoint(int charIndex) {
        return codePointOf[charIndex];
    }

    /** The text's length in code points. */
    int codePoints() {
        return codePointOf[text.length()];
    }

    /** The char index where a code point offset (inside the text, or its end) begins. */
    int charIndex(int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }

    /** A stretch of the text, in char indices, end-exclusive. */
    record Stretch(int start, int end) {
    }

    /** The lines, without their breaks; blank ones included. */
    List<Stretch> lines() {
        List<Stretch> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                lines.add(new Stretch(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(new Stretch(start, text.length()));
        return lines;
    }

    /** The stretch without the white space at either end (NBSP counts as white space). */
    Stretch trimmed(int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Stretch(start, end);
    }

    /** The words of text[start:end]: runs of letters, digits and marks, an apostrophe inside one joining it. */
    int countWords(int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean part = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.isSurrogate(c) && Character.isLetterOrDigit(text.codePointAt(Math.max(start,
                            Character.isLowSurrogate(c) ? i - 1 : i)));
            if (part && !inWord) {
                words++;
            }
            inWord = part || inWord && isApostrophe(c);
        }
        return words;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
