package org.slant.curation.ui;

import java.util.Locale;
import java.util.stream.Collectors;
import org.slant.curation.CurationStatus;
import org.slant.curation.QueuedDocument;

/** The curation queue's figures in the words its page shows. */
final class QueueWords {

    private QueueWords() {
    }

    static String status(CurationStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case CURATED -> "Curated";
        };
    }

    /** "0.78", "1.00 · unanimous", or "–" when fewer than two annotators marked it done. */
    static String agreement(QueuedDocument document) {
        if (document.agreement() == null) {
            return "–";
        }
        String figure = String.format(Locale.UK, "%.2f", document.agreement());
        return document.unanimous() ? figure + " · unanimous" : figure;
    }

    static String agreementHint(QueuedDocument document) {
        return document.agreement() == null ? "Fewer than two annotators marked it done: nothing to compare yet"
                : "Mean exact F1 of each pair of the " + document.done() + " annotators who marked it done, over "
                        + "their spans and answers" + (document.unanimous() ? "; all of them did exactly the same"
                                : "");
    }

    /** "2 of 3 done", or "not assigned". */
    static String done(QueuedDocument document) {
        return document.annotators().isEmpty() ? "not assigned"
                : document.done() + " of " + document.annotators().size() + " done";
    }

    /** "A done, B in progress" */
    static String annotators(QueuedDocument document) {
        return document.annotators().stream().map(one -> one.lane() + " " + one.status().words())
                .collect(Collectors.joining(", "));
    }
}
