package org.slant.stories;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slant.corpus.WordSegments;

/**
 * An article's text addressed by Unicode code point, as span offsets are: its words, its paragraphs, and the
 * normalised forms of what spans cover. Words are counted as the corpus counts them ({@code DocumentText.countWords}):
 * the word segments of Unicode text segmentation (UAX #29) that hold a letter or a digit.
 */
final class ArticleText {

    private final String text;
    /** The char index where each code point starts, plus the text's length at the end. */
    private final int[] charIndex;
    /** For each code point, its paragraph: how many line breaks come before it. */
    private final int[] paragraph;
    /** Each word as [start, end) in code points, in order. */
    private final List<int[]> words;

    ArticleText(String text) {
        this.text = text;
        int length = text.codePointCount(0, text.length());
        charIndex = new int[length + 1];
        paragraph = new int[length];
        int codePoint = 0;
        int breaks = 0;
        for (int i = 0; i < text.length(); ) {
            int character = text.codePointAt(i);
            charIndex[codePoint] = i;
            paragraph[codePoint] = breaks;
            codePoint++;
            i += Character.charCount(character);
            // CR LF is one line break: the CR ends the paragraph when no LF follows it
            boolean crBeforeLf = character == '\r' && i < text.length() && text.charAt(i) == '\n';
            if (isLineBreak(character) && !crBeforeLf) {
                breaks++;
            }
        }
        charIndex[length] = text.length();
        words = words(text);
    }

    int length() {
        return charIndex.length - 1;
    }

    /** {@code text[start:end]} as Python slices it; offsets outside the text are clamped to it. */
    String slice(int start, int end) {
        int from = Math.clamp(start, 0, length());
        int to = Math.clamp(end, from, length());
        return text.substring(charIndex[from], charIndex[to]);
    }

    /** How many words the text has. */
    int wordCount() {
        return words.size();
    }

    /** How many words {@code text[start:end]} holds, counted in the whole text (a word cut by the span counts). */
    int wordsIn(int start, int end) {
        int count = 0;
        for (int[] word : words) {
            if (word[0] < end && word[1] > start) {
                count++;
            }
        }
        return count;
    }

    /** Each word as [start, end) in code points, in order. */
    List<int[]> words() {
        return words;
    }

    /** The paragraph of the code point at {@code offset}: how many line breaks come before it. */
    int paragraphOf(int offset) {
        return paragraph.length == 0 ? 0 : paragraph[Math.clamp(offset, 0, paragraph.length - 1)];
    }

    /** Line feed, carriage return (alone or before a line feed), next line, line and paragraph separators. */
    static boolean isLineBreak(int character) {
        return character == '\n' || character == '\r' || character == 0x85 || character == 0x2028
                || character == 0x2029;
    }

    /**
     * What a span says, written as readers see it: runs of white space (no-break spaces and line breaks too) as one
     * space, none at either end. Case and punctuation stay.
     */
    static String surface(String covered) {
        StringBuilder out = new StringBuilder(covered.length());
        boolean space = false;
        for (int i = 0; i < covered.length(); ) {
            int character = covered.codePointAt(i);
            i += Character.charCount(character);
            if (isSpace(character)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(character);
            }
        }
        return out.toString();
    }

    /**
     * The form spans are grouped by: the {@link #surface} in lower case (Locale.ROOT), without the characters that
     * are neither letters nor digits at either end (quotes, commas, colons, emoji), so that "Stoltenberg," and
     * "STOLTENBERG" are one source and "Said" one cue with "said". A span of nothing but such characters keeps them.
     */
    static String key(String covered) {
        String lower = surface(covered).toLowerCase(Locale.ROOT);
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetterOrDigit(lower.codePointAt(start))) {
            start += Character.charCount(lower.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(lower.codePointBefore(end))) {
            end -= Character.charCount(lower.codePointBefore(end));
        }
        return start == end ? lower : lower.substring(start, end);
    }

    private static boolean isSpace(int character) {
        return Character.isWhitespace(character) || Character.isSpaceChar(character);
    }

    private static List<int[]> words(String text) {
        List<int[]> found = new ArrayList<>();
        BreakIterator segments = WordSegments.words(text);
        int codePoint = 0;
        int at = 0;
        for (int start = segments.first(), end = segments.next(); end != BreakIterator.DONE;
                start = end, end = segments.next()) {
            int from = codePoint + text.codePointCount(at, start);
            int to = from + text.codePointCount(start, end);
            codePoint = to;
            at = end;
            if (hasLetterOrDigit(text, start, end)) {
                found.add(new int[] {from, to});
            }
        }
        return found;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int character = text.codePointAt(i);
            if (Character.isLetterOrDigit(character)) {
                return true;
            }
            i += Character.charCount(character);
        }
        return false;
    }
}
