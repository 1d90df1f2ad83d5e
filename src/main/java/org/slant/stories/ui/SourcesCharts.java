package org.slant.stories.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The panel's charts as ECharts options: horizontal bars grouped by item (a cue, a source, a label), one bar per
 * outlet in the outlet's colour, so that outlets are compared item by item.
 */
final class SourcesCharts {

    /** One colour per outlet, in the outlets' order; distinct from one another and from Lumo's greys. */
    static final List<String> OUTLET_COLOURS = List.of("#1f6fb2", "#d9822b", "#2e9d5b", "#a64ca6", "#c23b3b",
            "#1b9aaa", "#7a6a22", "#5c5c8a");

    /** The most items a chart shows; the table below it has them all. */
    static final int MOST_ITEMS = 12;

    private SourcesCharts() {
    }

    /**
     * Bars for each item (top down in the order given), one per outlet.
     *
     * @param values per outlet, one value per item
     * @param unit written after each value on the bars and the axis, e.g. "%" ("" for none)
     */
    static Map<String, Object> grouped(List<String> items, List<String> outlets, List<List<? extends Number>> values,
            String unit) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int outlet = 0; outlet < outlets.size(); outlet++) {
            Map<String, Object> bars = new LinkedHashMap<>();
            bars.put("name", outlets.get(outlet));
            bars.put("type", "bar");
            bars.put("barMaxWidth", 14);
            bars.put("barGap", "10%");
            bars.put("itemStyle", Map.of("color", colour(outlet)));
            bars.put("label", Map.of("show", true, "position", "right", "fontSize", 11, "formatter", "{c}" + unit));
            bars.put("emphasis", Map.of("focus", "series"));
            bars.put("data", values.get(outlet));
            series.add(bars);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("top", 0, "left", 0, "icon", "roundRect", "itemWidth", 12, "itemHeight", 12));
        // the axis labels inside the box, as ECharts 5's containLabel did
        option.put("grid", Map.of("left", 4, "right", 48, "top", 32, "bottom", 4, "outerBoundsMode", "same",
                "outerBoundsContain", "axisLabel"));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1, "axisLabel", Map.of("formatter",
                "{value}" + unit)));
        option.put("yAxis", Map.of("type", "category", "data", items, "inverse", true, "axisLabel",
                Map.of("width", 160, "overflow", "truncate")));
        option.put("series", series);
        return option;
    }

    /** Room for every group of bars: the legend, then a row per item as tall as its outlets' bars, then the axis. */
    static String height(int items, int outlets) {
        return 72 + Math.max(items, 1) * (12 + 14 * Math.max(outlets, 1)) + "px";
    }

    static String colour(int outlet) {
        return OUTLET_COLOURS.get(outlet % OUTLET_COLOURS.size());
    }
}
