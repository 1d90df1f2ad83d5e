package org.slant.curation.query;

import java.util.List;
import java.util.UUID;
import org.slant.curation.CurationStatus;

/**
 * One document's gold, as {@link GoldWork} reads it.
 *
 * @param position the document's place in the corpus order
 * @param spans by start, end and label
 */
public record GoldOnDocument(UUID documentId, int position, CurationStatus status, List<Span> spans,
        List<Answer> answers) {

    public GoldOnDocument {
        spans = List.copyOf(spans);
        answers = List.copyOf(answers);
    }

    /**
     * A gold span. Offsets are Unicode code points, end-exclusive.
     *
     * @param label the position of its label in the labels asked with
     * @param attributes its attribute values as stored: JSON text, keyed by attribute id
     */
    public record Span(UUID id, int label, int start, int end, String attributes) {
    }

    /** A gold answer; {@code label} and {@code attributes} as for a {@link Span}. */
    public record Answer(UUID id, int label, String attributes) {
    }
}
