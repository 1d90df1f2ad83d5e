package org.slant.progress.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slant.platform.ui.LocalFormats;

/** Progress figures in the words and numbers the dashboard shows, in the reader's language and locale. */
final class ProgressFormat {

    private static final int MINUTE = 60;
    private static final int HOUR = 60 * MINUTE;

    private ProgressFormat() {
    }

    static String count(long value) {
        return LocalFormats.count(value);
    }

    /** A share from 0 to 1 as a percentage with one decimal: "37.5%", "37,5 %". */
    static String percent(double share) {
        return LocalFormats.percent(share, 1);
    }

    /** Seconds as hours with one decimal: "1.6 h", "1,234.5 h", "1.234,5 h". */
    static String hours(long seconds) {
        return I18NProvider.translate("progress.time.hours", seconds / (double) HOUR);
    }

    /** Whole minutes, counted down: "—" for none, "< 1 min", "4 min", "1 h 05 min". */
    static String activeTime(long seconds) {
        if (seconds <= 0) {
            return "—";
        }
        if (seconds < MINUTE) {
            return I18NProvider.translate("progress.time.under-a-minute");
        }
        long hours = seconds / HOUR;
        long minutes = seconds % HOUR / MINUTE;
        return hours == 0 ? I18NProvider.translate("progress.time.minutes", minutes)
                : I18NProvider.translate("progress.time.hours-and-minutes", hours,
                (minutes < 10 ? "0" : "") + minutes);
    }

    /** Documents per hour with one decimal; "—" where it cannot be told (no active time). */
    static String throughput(Double perHour) {
        return perHour == null ? "—" : LocalFormats.decimal(perHour, 1);
    }

    /** "1 of 3"; done annotations beyond k are shown apart: "3 of 3 (+1)". */
    static String doneOf(int done, int k) {
        return done <= k ? I18NProvider.translate("progress.done-of", done, k)
                : I18NProvider.translate("progress.done-of.beyond", k, done - k);
    }

    /** How long ago, roughly: "just now", "5 min ago", "3 h ago", "2 days ago"; a date after four weeks. */
    static String since(Instant then, Instant now) {
        if (then == null) {
            return "—";
        }
        Duration ago = Duration.between(then, now);
        if (ago.toMinutes() < 1) {
            return I18NProvider.translate("progress.since.just-now");
        }
        if (ago.toHours() < 1) {
            return I18NProvider.translate("progress.since.minutes", ago.toMinutes());
        }
        if (ago.toDays() < 1) {
            return I18NProvider.translate("progress.since.hours", ago.toHours());
        }
        if (ago.toDays() < 28) {
            return I18NProvider.translate("progress.since.days", ago.toDays());
        }
        return LocalFormats.date(LocalDate.ofInstant(then, ZoneOffset.UTC));
    }
}
