package org.slant.curation.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.stream.Collectors;
import org.slant.annotation.AssignmentStatus;
import org.slant.curation.CurationStatus;
import org.slant.curation.QueuedDocument;
import org.slant.platform.ui.LocalFormats;

/** The curation queue's figures in the words its page shows, in the reader's language. */
final class QueueWords {

    private QueueWords() {
    }

    static String status(CurationStatus status) {
        return I18NProvider.translate(switch (status) {
            case NOT_STARTED -> "curation.status.not-started";
            case IN_PROGRESS -> "curation.status.in-progress";
            case CURATED -> "curation.status.curated";
        });
    }

    /** An annotator's status with one document: "not started", "in progress", "done", "skipped". */
    static String assignment(AssignmentStatus status) {
        return I18NProvider.translate(assignmentKey(status));
    }

    static String assignmentKey(AssignmentStatus status) {
        return "curation.assignment." + status.name().toLowerCase().replace('_', '-');
    }

    /** "0.78", "1.00 · unanimous", or "–" when fewer than two annotators marked it done. */
    static String agreement(QueuedDocument document) {
        if (document.agreement() == null) {
            return "–";
        }
        String figure = LocalFormats.decimal(document.agreement(), 2);
        return document.unanimous() ? I18NProvider.translate("curation.queue.agreement-unanimous", figure) : figure;
    }

    static String agreementHint(QueuedDocument document) {
        return document.agreement() == null ? I18NProvider.translate("curation.queue.agreement-none")
                : I18NProvider.translate(document.unanimous() ? "curation.queue.agreement-hint-unanimous"
                        : "curation.queue.agreement-hint", document.done());
    }

    /** "2 of 3 done", or "not assigned". */
    static String done(QueuedDocument document) {
        return document.annotators().isEmpty() ? I18NProvider.translate("curation.queue.not-assigned")
                : I18NProvider.translate("curation.queue.done", document.done(), document.annotators().size());
    }

    /** "A done, B in progress" */
    static String annotators(QueuedDocument document) {
        return document.annotators().stream().map(one -> one.lane() + " " + assignment(one.status()))
                .collect(Collectors.joining(", "));
    }
}
