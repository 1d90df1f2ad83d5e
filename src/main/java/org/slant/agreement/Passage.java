package org.slant.agreement;

import java.util.List;
import java.util.UUID;

/**
 * A stretch of a document shown once per annotator, side by side, with each annotator's spans (or answers) of one
 * layer on it.
 *
 * @param start where the text shown begins (code points), a little before the disagreement
 * @param text the text shown: the document's text from {@code start}
 * @param focusStart the disagreement itself, [focusStart, focusEnd), in document offsets
 */
public record Passage(UUID documentId, String documentTitle, String layer, int start, String text, int focusStart,
        int focusEnd, List<Reading> readings) {

    public Passage {
        readings = List.copyOf(readings);
    }

    /** One annotator's spans on the passage (document offsets, clipped to it), or their answers. */
    public record Reading(String annotator, List<Mark> marks, List<String> answers) {
        public Reading {
            marks = List.copyOf(marks);
            answers = List.copyOf(answers);
        }
    }

    public record Mark(String label, String colour, int start, int end) {
    }
}
