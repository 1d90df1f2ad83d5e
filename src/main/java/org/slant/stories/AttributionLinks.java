package org.slant.stories;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whose words a Content span is, by one rule (docs/story-view.md, "Sources compared"):
 * <ol>
 * <li>its {@code speaker} attribute, when it has one that is not blank;</li>
 * <li>otherwise the nearest Source span of the same annotator (or of gold) in the same paragraph: a Source that
 * touches one of the paragraphs the Content spans, at the fewest code points from it (0 when they overlap); of two
 * as near, the one that starts first;</li>
 * <li>otherwise no one: the words are counted as unattributed.</li>
 * </ol>
 * A paragraph is the text between two line breaks (LF, CR, CR LF, NEL, U+2028, U+2029).
 */
final class AttributionLinks {

    /** How a Content span found its source. */
    enum How {
        SPEAKER, NEAREST_SOURCE, NONE
    }

    /** A Source span: where it is and what it covers. */
    record SourceSpan(int start, int end, String covered) {
    }

    /** @param source the source's words as written (the Source span's text or the speaker); null for no one */
    record Link(String source, How how) {
    }

    private AttributionLinks() {
    }

    static Link of(ArticleText text, int start, int end, String speaker, List<SourceSpan> sources) {
        if (speaker != null && !speaker.isBlank()) {
            return new Link(speaker, How.SPEAKER);
        }
        int first = text.paragraphOf(start);
        int last = text.paragraphOf(Math.max(start, end - 1));
        Optional<SourceSpan> nearest = sources.stream()
                .filter(source -> text.paragraphOf(source.start()) <= last
                        && text.paragraphOf(Math.max(source.start(), source.end() - 1)) >= first)
                .min(Comparator.comparingInt((SourceSpan source) -> gap(source, start, end))
                        .thenComparingInt(SourceSpan::start).thenComparingInt(SourceSpan::end));
        return nearest.map(source -> new Link(source.covered(), How.NEAREST_SOURCE))
                .orElseGet(() -> new Link(null, How.NONE));
    }

    /** Code points between the source and [start, end); 0 when they touch or overlap. */
    static int gap(SourceSpan source, int start, int end) {
        return Math.max(0, Math.max(source.start() - end, start - source.end()));
    }
}
