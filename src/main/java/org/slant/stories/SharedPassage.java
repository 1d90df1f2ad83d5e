package org.slant.stories;

import java.util.List;
import java.util.UUID;

/**
 * A passage that two or more articles of a story carry: a quotation, wire copy, a reused sentence.
 *
 * @param id its number in the story's list of passages (in the order of first appearance)
 * @param words the words of its longest version, the reference
 * @param occurrences every stretch of an article that carries it, in the story's article order
 */
public record SharedPassage(int id, int words, List<Occurrence> occurrences) {

    /**
     * One article's version of the passage. Offsets are code points, end-exclusive: {@code text} is exactly the
     * article's {@code text[start:end]}.
     *
     * @param reference whether this is the longest version, against which the others are compared
     * @param kept the reference's words this version has as they are
     * @param changed words of the reference this version has in another form, where it has them
     * @param dropped words of the reference this version lacks (offsets into the reference's article)
     * @param added words this version has that the reference lacks
     */
    public record Occurrence(UUID documentId, String outlet, int start, int end, String text, int words,
            boolean reference, int kept, List<WordChange> changed, List<WordPlace> dropped, List<WordPlace> added,
            Placement placement) {
    }

    /** A word of the reference ({@code reference}) that this version has as {@code text} at {@code start..end}. */
    public record WordChange(String reference, String text, int start, int end) {
    }

    /** A word and where it stands (code points). */
    public record WordPlace(String text, int start, int end) {
    }

    /**
     * Where the passage sits in the article.
     *
     * @param paragraph the paragraph it starts in, from 1
     * @param paragraphs the article's paragraphs (non-blank lines)
     * @param before the share of the article's words before it, 0 to 1
     */
    public record Placement(int paragraph, int paragraphs, double before) {
    }
}
