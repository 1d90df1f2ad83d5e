package org.slant.agreement.ui;

import java.text.NumberFormat;
import java.util.Locale;
import org.slant.agreement.Figure;

/** How figures read on the page: three decimals, "undefined" where the data cannot support a value. */
final class FigureText {

    static final String UNDEFINED = "undefined";

    private FigureText() {
    }

    static String value(Double value) {
        return value == null || !Double.isFinite(value) ? UNDEFINED : String.format(Locale.ROOT, "%.3f", value);
    }

    /** The value rounded to three decimals for a chart, or null (drawn as nothing) when undefined. */
    static Double rounded(Double value) {
        return value == null || !Double.isFinite(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    static String count(long count) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count);
    }

    /** "1,234 spans · 3 annotators · 100 documents". */
    static String restsOn(Figure figure) {
        return counted(figure.units(), figure.measure().unit()) + " · " + counted(figure.annotators(), "annotators")
                + " · " + counted(figure.documents(), "documents");
    }

    /** "1 document", "2 documents". */
    static String counted(long count, String plural) {
        return count(count) + " " + (count == 1 ? plural.substring(0, plural.length() - 1) : plural);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
