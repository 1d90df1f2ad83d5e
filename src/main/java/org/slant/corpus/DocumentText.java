package org.slant.corpus;

import com.ibm.icu.text.BreakIterator;
import org.apache.commons.codec.digest.DigestUtils;

/** Facts computed once from a document's text when it is imported. */
public final class DocumentText {

    /** The longest title made from a text, in code points. */
    public static final int MAX_TITLE_LENGTH = 80;
    private static final String ELLIPSIS = "…";

    private DocumentText() {
    }

    /**
     * A readable title for a document that came without one: the first line of the text that is not blank, cut at a
     * word to at most 80 characters with an ellipsis (inside a word only when it has no space to cut at).
     */
    public static String titleFrom(String text) {
        String line = text.lines().map(String::strip).filter(candidate -> !candidate.isEmpty()).findFirst()
                .orElse("");
        if (line.codePointCount(0, line.length()) <= MAX_TITLE_LENGTH) {
            return line;
        }
        int room = line.offsetByCodePoints(0, MAX_TITLE_LENGTH - ELLIPSIS.length());
        int cut = line.lastIndexOf(' ', room);
        return line.substring(0, cut > 0 ? cut : room).strip() + ELLIPSIS;
    }

    /** SHA-256 of the UTF-8 bytes, as lower-case hex: identifies a text regardless of title or source. */
    public static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }

    /**
     * Words as a reader counts them: the word segments of Unicode text segmentation (UAX #29) that hold at least one
     * letter or digit, so punctuation, spaces and symbols do not count.
     */
    public static int countWords(String text) {
        BreakIterator words = WordSegments.words(text);
        int count = 0;
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE;
                start = end, end = words.next()) {
            if (hasLetterOrDigit(text, start, end)) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }
}
