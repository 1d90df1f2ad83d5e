package org.slant.platform.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

/**
 * Dates and numbers as the reader's locale writes them: "5 Dec 2026" and "0.812" in English, "5. Dez. 2026" and
 * "0,812" in German. Times are shown in UTC, and say so, since a team's members may sit in several time zones.
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    /** The locale of the current UI, English outside one. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Translations.ENGLISH : ui.getLocale();
    }

    /** A count with the locale's grouping: 12,345 or 12.345. */
    public static String count(long value) {
        return NumberFormat.getIntegerInstance(ULocale.forLocale(locale())).format(value);
    }

    /** A decimal with exactly {@code digits} fraction digits: 0.812 or 0,812; a minus sign when negative. */
    public static String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(ULocale.forLocale(locale()));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A share (0.125) as a percentage with {@code digits} fraction digits: 12.5% or 12,5 %. */
    public static String percent(double share, int digits) {
        NumberFormat format = NumberFormat.getPercentInstance(ULocale.forLocale(locale()));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(share);
    }

    /** A day: 5 Dec 2026, 05.12.2026. */
    public static String date(LocalDate day) {
        return onDay("yMMMd", day);
    }

    /** A day written out: 5 December 2026, 5. Dezember 2026. */
    public static String longDate(LocalDate day) {
        return onDay("yMMMMd", day);
    }

    /** A day of the year without the year: 5 Dec, 5. Dez. */
    public static String dayAndMonth(LocalDate day) {
        return onDay("MMMd", day);
    }

    /** A moment to the minute, in UTC: 5 Dec 2026, 14:03 UTC. */
    public static String minute(Instant moment) {
        return inUtc("yMMMdHHmm", moment) + " UTC";
    }

    /** A moment to the second, in UTC, for histories: 5 Dec 2026, 14:03:27 UTC. */
    public static String second(Instant moment) {
        return inUtc("yMMMdHHmmss", moment) + " UTC";
    }

    private static String onDay(String skeleton, LocalDate day) {
        return inUtc(skeleton, day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String inUtc(String skeleton, Instant moment) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLocale(locale()));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(moment));
    }
}
