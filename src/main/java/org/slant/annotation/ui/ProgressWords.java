package org.slant.annotation.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.SentBack;

/** An annotator's progress on a document in the words the queue shows. */
final class ProgressWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int MINUTE = 60;
    private static final int HOUR = 60 * MINUTE;

    private ProgressWords() {
    }

    static String status(AssignmentStatus status) {
        return switch (status) {
            case ASSIGNED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case SKIPPED -> "Skipped";
        };
    }

    /** "Curator, 4 Dec: the note", or "" when the document was not sent back. */
    static String sentBack(SentBack sentBack) {
        if (sentBack == null) {
            return "";
        }
        return sentBack.by() + ", " + DAY.format(sentBack.at()) + ": " + (sentBack.note() == null
                ? "sent back to you without a note" : sentBack.note());
    }

    /** Whole minutes, counted down: "—" for none, "< 1 min", "4 min", "1 h 05 min". */
    static String activeTime(int seconds) {
        if (seconds <= 0) {
            return "—";
        }
        if (seconds < MINUTE) {
            return "< 1 min";
        }
        int hours = seconds / HOUR;
        int minutes = seconds % HOUR / MINUTE;
        return hours == 0 ? minutes + " min" : "%d h %02d min".formatted(hours, minutes);
    }
}
