package org.slant.demo;

/** Makes a readable title for an article that came without a headline. */
final class Titles {

    private static final int MAX_LENGTH = 80;

    private Titles() {
    }

    /** The first line of the text, cut at a word boundary to at most 80 characters with an ellipsis. */
    static String fromText(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        if (firstLine.length() <= MAX_LENGTH) {
            return firstLine;
        }
        int cut = firstLine.lastIndexOf(' ', MAX_LENGTH - 1);
        return firstLine.substring(0, cut > 0 ? cut : MAX_LENGTH - 1).strip() + "…";
    }
}
