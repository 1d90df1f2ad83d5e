package org.slant.annotation.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.SentBack;
import org.slant.platform.ui.LocalFormats;

/** An annotator's progress on a document in the words the queue shows, in the reader's language. */
final class ProgressWords {

    private static final int MINUTE = 60;
    private static final int HOUR = 60 * MINUTE;

    private ProgressWords() {
    }

    static String status(AssignmentStatus status) {
        return I18NProvider.translate(switch (status) {
            case ASSIGNED -> "annotation.queue.status.assigned";
            case IN_PROGRESS -> "annotation.queue.status.in-progress";
            case DONE -> "annotation.queue.status.done";
            case SKIPPED -> "annotation.queue.status.skipped";
        });
    }

    /** The status in lower case, inside a sentence or a list: "not started", "in progress". */
    static String words(AssignmentStatus status) {
        return I18NProvider.translate(switch (status) {
            case ASSIGNED -> "annotation.assignment.status.assigned";
            case IN_PROGRESS -> "annotation.assignment.status.in-progress";
            case DONE -> "annotation.assignment.status.done";
            case SKIPPED -> "annotation.assignment.status.skipped";
        });
    }

    /** "Curator, 4 Dec: the note", or "" when the document was not sent back. */
    static String sentBack(SentBack sentBack) {
        if (sentBack == null) {
            return "";
        }
        return I18NProvider.translate("annotation.queue.sent-back.by", sentBack.by(),
                LocalFormats.dayAndMonth(LocalDate.ofInstant(sentBack.at(), ZoneOffset.UTC)),
                sentBack.note() == null ? I18NProvider.translate("annotation.queue.sent-back.no-note")
                        : sentBack.note());
    }

    /** Whole minutes, counted down: "—" for none, "< 1 min", "4 min", "1 h 05 min". */
    static String activeTime(int seconds) {
        if (seconds <= 0) {
            return "—";
        }
        if (seconds < MINUTE) {
            return I18NProvider.translate("annotation.queue.time.under-a-minute");
        }
        int hours = seconds / HOUR;
        int minutes = seconds % HOUR / MINUTE;
        return hours == 0 ? I18NProvider.translate("annotation.queue.time.minutes", minutes)
                : I18NProvider.translate("annotation.queue.time.hours", hours, "%02d".formatted(minutes));
    }
}
