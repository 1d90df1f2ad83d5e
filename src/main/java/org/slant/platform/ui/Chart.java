package org.slant.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Apache ECharts (frontend/charts/slant-chart.ts; docs/decisions/0011-charts.md).
 * It takes an ECharts option as it is, written as JSON; colours may be CSS variables such as
 * {@code var(--lumo-success-color)}, which the browser resolves. Give it a height: it fills its box.
 */
@Tag("slant-chart")
@NpmPackage(value = "echarts", version = Chart.ECHARTS_VERSION)
@JsModule("./charts/slant-chart.ts")
public class Chart extends Component implements HasSize {

    /** Pinned: the npm mirror here lacks some versions (docs/decisions/0011-charts.md). */
    public static final String ECHARTS_VERSION = "6.1.0";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Draws the chart an ECharts option describes: maps, lists, records, strings and numbers, as JSON. The chart
     * speaks the reader's language: ECharts' own words (its description for screen readers) and the numbers it
     * writes itself (cells, axes, tooltips).
     */
    public void setOption(Object option) {
        getElement().setProperty("locale", LocalFormats.locale().toLanguageTag());
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }

    /** The option as the browser gets it, in JSON. */
    public String getOption() {
        return getElement().getProperty("option", "");
    }
}
