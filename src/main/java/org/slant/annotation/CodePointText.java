package org.slant.annotation;

/** A text addressed by Unicode code point, as offsets are everywhere outside the browser. */
public final class CodePointText {

    private final String text;
    /** The char index where each code point starts, plus the text's length at the end. */
    private final int[] charIndex;

    public CodePointText(String text) {
        this.text = text;
        int[] starts = new int[text.codePointCount(0, text.length()) + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            starts[codePoint++] = i;
        }
        starts[codePoint] = text.length();
        this.charIndex = starts;
    }

    public int length() {
        return charIndex.length - 1;
    }

    /** {@code text[start:end]} as Python slices it, for offsets already checked to be inside the text. */
    public String slice(int start, int end) {
        return text.substring(charIndex[start], charIndex[end]);
    }
}
