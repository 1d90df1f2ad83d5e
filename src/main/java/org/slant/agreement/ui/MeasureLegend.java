package org.slant.agreement.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Collection;
import org.slant.agreement.Measure;

/** What the measures on the page mean, once each, folded away under the figures (docs/measures.md has more). */
class MeasureLegend extends Details {

    final DescriptionList definitions = new DescriptionList();

    MeasureLegend() {
        super(I18NProvider.translate("agreement.legend.title"));
        addClassName("slant-agreement-legend");
        add(definitions);
    }

    void show(Collection<Measure> measures) {
        definitions.removeAll();
        measures.stream().distinct().sorted().forEach(measure -> definitions.add(
                new DescriptionList.Term(FigureText.title(measure)),
                new DescriptionList.Description(FigureText.definition(measure))));
    }
}
