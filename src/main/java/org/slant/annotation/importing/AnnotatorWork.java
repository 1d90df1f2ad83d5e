package org.slant.annotation.importing;

import java.util.List;
import org.slant.annotation.AssignmentStatus;

/**
 * One annotator's work on one document, as a file has it.
 *
 * @param place where it is (its {@code of("annotator")} names the annotator's field)
 * @param annotator the annotator's username as the file gives it; {@code null} when the format names none, and the
 *     import's annotator (or suggestion source) takes the work
 * @param status the assignment's status the file gives, or {@code null} for none (the work is then stored without
 *     an assignment for annotator work)
 */
public record AnnotatorWork(Place place, String annotator, AssignmentStatus status, List<ImportedSpan> spans,
        List<ImportedAnswer> answers) {

    public AnnotatorWork {
        spans = List.copyOf(spans);
        answers = List.copyOf(answers);
    }
}
