package org.slant.agreement.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.slant.agreement.Figure;
import org.slant.agreement.Measure;
import org.slant.platform.ui.LocalFormats;

/**
 * How figures read on the page, in the reader's language: three decimals ("0.812", "0,812"), "undefined" where the
 * data cannot support a value; a measure's name and definition from i18n/agreement.properties.
 */
final class FigureText {

    private FigureText() {
    }

    static String value(Double value) {
        return value == null || !Double.isFinite(value) ? undefined() : LocalFormats.decimal(value, 3);
    }

    static String undefined() {
        return I18NProvider.translate("platform.common.undefined");
    }

    /** The value rounded to three decimals for a chart, or null (drawn as nothing) when undefined. */
    static Double rounded(Double value) {
        return value == null || !Double.isFinite(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    static String count(long count) {
        return LocalFormats.count(count);
    }

    /** "1,234 spans · 3 annotators · 100 documents". */
    static String restsOn(Figure figure) {
        return I18NProvider.translate("agreement.unit." + figure.measure().unit(), figure.units()) + " · "
                + I18NProvider.translate("platform.common.annotators", figure.annotators()) + " · "
                + I18NProvider.translate("platform.common.documents", figure.documents());
    }

    static String percent(double share) {
        return LocalFormats.percent(share, 0);
    }

    /** The measure's name: its symbols as they are ("Cohen's κ"), the words around them translated. */
    static String title(Measure measure) {
        return I18NProvider.translate(key(measure) + ".title");
    }

    /** What the measure means, in one line. */
    static String definition(Measure measure) {
        return I18NProvider.translate(key(measure) + ".definition");
    }

    /** The key of a measure's texts: agreement.measure.alpha-u, agreement.measure.token-cohen-kappa, … */
    static String key(Measure measure) {
        return "agreement.measure." + measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
