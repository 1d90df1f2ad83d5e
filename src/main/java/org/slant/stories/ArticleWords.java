package org.slant.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article's words as passage matching sees them: runs of letters, digits and combining marks, each ideograph a
 * word of its own; an apostrophe inside a word joins its parts ("NATO’s" and "NATO's" are both "natos"); everything
 * else (punctuation, quotes of any shape, hyphens, whitespace, emoji) separates words and is otherwise ignored. Words
 * are compared case-folded and NFKC-normalised, as numbers ({@link WordIds}). Each word keeps where it stands in the
 * text, in code points and in chars, and which paragraph (non-blank line) it is in.
 */
final class ArticleWords {

    /** The word's number in the story's vocabulary: equal numbers, equal words. */
    final int[] ids;
    /** Code point offsets of each word, end-exclusive. */
    final int[] starts;
    final int[] ends;
    /** The paragraph of each word, counted from 0. */
    final int[] paragraphs;
    /** The sentence of each word, counted from 0: a new one after . ! ? (and closing quotes) and a space before a
     * capital or a digit, and in each new paragraph. Abbreviations ("Mr. Smith") count as ends: it is a heuristic. */
    final int[] sentences;
    final int paragraphCount;
    private final String text;
    private final int[] charOfCodePoint;

    private ArticleWords(String text, int[] charOfCodePoint, int[] ids, int[] starts, int[] ends, int[] paragraphs,
            int[] sentences, int paragraphCount) {
        this.sentences = sentences;
        this.text = text;
        this.charOfCodePoint = charOfCodePoint;
        this.ids = ids;
        this.starts = starts;
        this.ends = ends;
        this.paragraphs = paragraphs;
        this.paragraphCount = paragraphCount;
    }

    static ArticleWords of(String text, WordIds vocabulary) {
        int codePoints = text.codePointCount(0, text.length());
        int[] charOf = new int[codePoints + 1];
        List<int[]> found = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int wordStart = -1;
        int paragraph = 0;
        boolean paragraphHasWords = false;
        int sentence = 0;
        int lastWordParagraph = 0;
        // 0: nothing since the last word; 1: a full stop, ! or ? (and closing marks); 2: and then a space
        int ending = 0;
        int cp = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            charOf[cp] = i;
            int next = i + Character.charCount(c);
            if (wordStart < 0 && (Character.isIdeographic(c) || isWordPart(c, false))) {
                // a word begins: a new sentence after an end and a space before a capital or digit, or a new paragraph
                if (!found.isEmpty() && (paragraph != lastWordParagraph || ending == 2
                        && (Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)))) {
                    sentence++;
                }
                ending = 0;
                lastWordParagraph = paragraph;
            }
            if (Character.isIdeographic(c)) {
                if (wordStart >= 0) {
                    found.add(new int[] {vocabulary.id(normal(word)), wordStart, cp, paragraph, sentence});
                    word.setLength(0);
                }
                found.add(new int[] {vocabulary.id(normal(new StringBuilder().appendCodePoint(c))), cp, cp + 1,
                        paragraph, sentence});
                wordStart = -1;
                paragraphHasWords = true;
            } else if (isWordPart(c, wordStart >= 0)) {
                if (wordStart < 0) {
                    wordStart = cp;
                }
                word.appendCodePoint(c);
            } else if (isApostrophe(c) && wordStart >= 0 && next < text.length()
                    && isWordPart(text.codePointAt(next), true) && !Character.isIdeographic(text.codePointAt(next))) {
                // joins the word's parts: nothing to add
            } else {
                if (wordStart >= 0) {
                    found.add(new int[] {vocabulary.id(normal(word)), wordStart, cp, paragraph, sentence});
                    word.setLength(0);
                    wordStart = -1;
                    paragraphHasWords = true;
                }
                if ((c == '\n' || c == '\r' || c == 0x2029 || c == 0x2028) && paragraphHasWords) {
                    paragraph++;
                    paragraphHasWords = false;
                }
                if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
                    ending = 1;
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    ending = ending == 1 ? 2 : ending;
                } else if (ending == 1 && !isClosing(c)) {
                    ending = 0;
                }
            }
            i = next;
            cp++;
        }
        charOf[cp] = text.length();
        if (wordStart >= 0) {
            found.add(new int[] {vocabulary.id(normal(word)), wordStart, cp, paragraph, sentence});
            paragraphHasWords = true;
        }
        int n = found.size();
        int[] ids = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] paragraphs = new int[n];
        int[] sentences = new int[n];
        for (int w = 0; w < n; w++) {
            int[] one = found.get(w);
            ids[w] = one[0];
            starts[w] = one[1];
            ends[w] = one[2];
            paragraphs[w] = one[3];
            sentences[w] = one[4];
        }
        return new ArticleWords(text, charOf, ids, starts, ends, paragraphs, sentences,
                paragraph + (paragraphHasWords ? 1 : 0));
    }

    int size() {
        return ids.length;
    }

    /** {@code text[start:end]} in code points. */
    String slice(int start, int end) {
        return text.substring(charOfCodePoint[start], charOfCodePoint[end]);
    }

    /** The words {@code from} to {@code to} (exclusive) as the text has them, from the first's start to the last's end. */
    String words(int from, int to) {
        return from >= to ? "" : slice(starts[from], ends[to - 1]);
    }

    String word(int index) {
        return slice(starts[index], ends[index]);
    }

    private static boolean isWordPart(int c, boolean inWord) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        // marks continue a word (a combining accent); on their own they do not start one
        return inWord && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK);
    }

    /** Closing quotation marks and brackets, which may stand between a sentence's end and the space after it. */
    private static boolean isClosing(int c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x00BB
                || c == 0x203A || c == 0x300D;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x0060 || c == 0x00B4;
    }

    private static String normal(CharSequence word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
