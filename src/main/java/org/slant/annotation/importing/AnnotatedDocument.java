package org.slant.annotation.importing;

import java.util.List;
import org.slant.platform.Message;
import org.slant.corpus.NewDocument;

/**
 * A document read from an upload with the work on it. Its text is exactly what Slant will store (decoded, a byte
 * order mark removed) and every offset of its spans points into that text.
 *
 * @param where where the document is in the upload, e.g. {@code "ptc.zip, entry 'article111111111.txt'"}
 * @param work each annotator's work; two entries never name the same annotator
 */
public record AnnotatedDocument(Message place, NewDocument document, List<AnnotatorWork> work) {

    public AnnotatedDocument {
        work = List.copyOf(work);
    }

    /** A document whose place is said in the file's own words only. */
    public AnnotatedDocument(String where, NewDocument document, List<AnnotatorWork> work) {
        this(Place.said(where), document, work);
    }

    /** Where it is, in English. */
    public String where() {
        return place.english();
    }
}
