package org.slant.agreement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slant.agreement.AgreementReport;
import org.slant.agreement.Figure;
import org.slant.agreement.Measure;
import org.slant.agreement.Scope;

/**
 * The agreement page's summary at a glance: a card per layer with its headline figure (unitizing alpha for spans,
 * alpha for answers, ordinal where the layer is ordered), what it rests on, how it reads against Krippendorff's
 * thresholds, and the layer's other main figures on one line. The definitions are the measures' tooltips.
 */
class AgreementGlance extends Div {

    /** Headline measures, the first the layer has wins: spans, then ordered answers, then answers. */
    private static final List<Measure> HEADLINE = List.of(Measure.ALPHA_U, Measure.ALPHA_ORDINAL,
            Measure.ALPHA_NOMINAL);
    /** The figures beside the headline, where the layer has them. */
    private static final List<Measure> BESIDE = List.of(Measure.F1_OVERLAP, Measure.TOKEN_FLEISS_KAPPA,
            Measure.ALPHA_NOMINAL, Measure.FLEISS_KAPPA);

    AgreementGlance() {
        addClassName("slant-agreement-glance");
    }

    void show(AgreementReport report) {
        removeAll();
        report.figures().stream().map(Figure::layer).distinct().forEach(layer -> {
            List<Figure> overall = report.figures().stream().filter(figure -> figure.layer().equals(layer)
                    && figure.scope() == Scope.PROJECT && figure.label() == null).toList();
            headline(overall).ifPresent(main -> add(card(layer, main, overall)));
        });
    }

    private static Optional<Figure> headline(List<Figure> overall) {
        return HEADLINE.stream().flatMap(measure -> overall.stream().filter(figure -> figure.measure() == measure))
                .findFirst();
    }

    private static Div card(String layer, Figure main, List<Figure> overall) {
        Span name = new Span(layer);
        name.addClassName("slant-agreement-glance-layer");
        Span value = new Span(FigureText.value(main.value()));
        value.addClassName("slant-figure-value");
        Span measure = new Span(FigureText.title(main.measure()));
        measure.addClassName("slant-agreement-glance-measure");
        measure.getElement().setAttribute("title", FigureText.definition(main.measure()));
        Span restsOn = new Span(FigureText.restsOn(main));
        restsOn.addClassName("slant-figure-note");
        Div card = new Div(name, value, measure, restsOn);
        Reading verdict = reading(main);
        Span reading = new Span(verdict.words());
        reading.addClassName("slant-agreement-glance-reading");
        reading.getElement().setAttribute("data-reading", verdict.kind());
        card.add(reading);
        String beside = BESIDE.stream().filter(other -> other != main.measure())
                .flatMap(other -> overall.stream().filter(figure -> figure.measure() == other))
                .map(figure -> FigureText.title(figure.measure()) + " " + FigureText.value(figure.value()))
                .collect(Collectors.joining(" · "));
        if (!beside.isEmpty()) {
            Span others = new Span(beside);
            others.addClassName("slant-figure-note");
            card.add(others);
        }
        card.addClassNames("slant-figure", "slant-agreement-glance-card");
        card.getElement().setAttribute("data-layer", layer);
        return card;
    }

    /**
     * How an alpha reads against Krippendorff's thresholds.
     *
     * @param kind reliable, tentative, unreliable or undefined, in every language (the page's styles go by it)
     * @param words the reading for people, e.g. "reliable: α ≥ 0.800"
     */
    record Reading(String kind, String words) {
    }

    /** Krippendorff's (2004) reading of an alpha: data are relied on from 0.800, tentatively from 0.667. */
    static Reading reading(Figure figure) {
        if (figure.value() == null || !Double.isFinite(figure.value())) {
            return new Reading("undefined", I18NProvider.translate(figure.annotators() < 2
                    ? "agreement.reading.undefined.too-few-annotators" : "agreement.reading.undefined.no-value"));
        }
        double alpha = figure.value();
        if (alpha >= 0.8) {
            return new Reading("reliable", I18NProvider.translate("agreement.reading.reliable"));
        }
        return alpha >= 0.667 ? new Reading("tentative", I18NProvider.translate("agreement.reading.tentative"))
                : new Reading("unreliable", I18NProvider.translate("agreement.reading.unreliable"));
    }
}
