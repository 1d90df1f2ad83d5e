package org.slant.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One document as the export writers read it, one at a time: its text (after hygiene, if asked) and each chosen
 * annotator's work on it (or the majority's, or gold). Offsets are Unicode code points into {@code text}.
 *
 * @param story null when the document belongs to no story; {@code storyId} likewise
 * @param meta the document's free metadata as imported
 * @param work one entry per annotator (or a single "majority"/"gold" entry), in a stable order
 * @param gold the document's gold beside the annotators' work, for formats that have room for both; null when
 *     the export holds none of it
 * @param language the document's language (a BCP 47 tag), null when not known
 */
public record ExportedDocument(UUID id, int position, String title, String text, String outlet, UUID storyId,
        String story, String url, LocalDate published, String externalId, Map<String, Object> meta,
        List<AnnotatorWork> work, AnnotatorWork gold, String language) {

    /** What gold is called where an annotator's name would be. */
    public static final String GOLD = "gold";

    public ExportedDocument {
        work = List.copyOf(work);
    }

    /**
     * @param annotator the stable pseudonym (e.g. "a-3f9c2e1b"), the username when asked, or "majority"/"gold"
     * @param status DONE, IN_PROGRESS, ASSIGNED or SKIPPED; null for majority; for gold where the document's
     *     curation stands (CURATED or IN_PROGRESS)
     */
    public record AnnotatorWork(String annotator, String status, List<ExportedSpan> spans,
            List<ExportedAnswer> answers) {
        public AnnotatorWork {
            spans = List.copyOf(spans);
            answers = List.copyOf(answers);
        }
    }

    /**
     * @param text the span's text, {@code document.text[start:end]} in code points
     * @param attributes attribute values by attribute name, by value (a choice's text, not an id)
     */
    public record ExportedSpan(UUID id, String layer, String label, int start, int end, String text,
            Map<String, Object> attributes) {
    }

    public record ExportedAnswer(UUID id, String layer, String label, Map<String, Object> attributes) {
    }
}
