package org.slant.progress.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Progress figures in the words and numbers the dashboard shows. */
final class ProgressFormat {

    private static final int MINUTE = 60;
    private static final int HOUR = 60 * MINUTE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private ProgressFormat() {
    }

    static String count(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    /** A share from 0 to 1 as a percentage with one decimal: "37.5%". */
    static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", share * 100);
    }

    /** Seconds as hours with one decimal: "1.6 h", "1,234.5 h". */
    static String hours(long seconds) {
        return String.format(Locale.UK, "%,.1f h", seconds / (double) HOUR);
    }

    /** Whole minutes, counted down: "—" for none, "< 1 min", "4 min", "1 h 05 min". */
    static String activeTime(long seconds) {
        if (seconds <= 0) {
            return "—";
        }
        if (seconds < MINUTE) {
            return "< 1 min";
        }
        long hours = seconds / HOUR;
        long minutes = seconds % HOUR / MINUTE;
        return hours == 0 ? minutes + " min" : String.format(Locale.UK, "%,d h %02d min", hours, minutes);
    }

    /** Documents per hour with one decimal; "—" where it cannot be told (no active time). */
    static String throughput(Double perHour) {
        return perHour == null ? "—" : String.format(Locale.UK, "%.1f", perHour);
    }

    /** "1 of 3"; done annotations beyond k are shown apart: "3 of 3 (+1)". */
    static String doneOf(int done, int k) {
        return done <= k ? done + " of " + k : k + " of " + k + " (+" + (done - k) + ")";
    }

    /** How long ago, roughly: "just now", "5 min ago", "3 h ago", "2 days ago"; a date after four weeks. */
    static String since(Instant then, Instant now) {
        if (then == null) {
            return "—";
        }
        Duration ago = Duration.between(then, now);
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toDays() < 1) {
            return ago.toHours() + " h ago";
        }
        if (ago.toDays() < 28) {
            return ago.toDays() + (ago.toDays() == 1 ? " day ago" : " days ago");
        }
        return DATE.format(then);
    }
}
