package org.slant.progress.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bar chart whose bars are split into stacked parts, e.g. an annotator's documents done, in progress and not
 * started: one bar per category, one colour per part. Becomes the option ECharts draws.
 *
 * @param horizontal bars running left to right, the categories listed from the top down
 */
record StackedBars(List<String> categories, List<Part> parts, boolean horizontal) {

    /** One part of every bar; a null value draws nothing for that category. */
    record Part(String name, String colour, List<Long> values) {
    }

    Map<String, Object> option() {
        Map<String, Object> categoryAxis = new LinkedHashMap<>();
        categoryAxis.put("type", "category");
        categoryAxis.put("data", categories);
        if (horizontal) {
            categoryAxis.put("inverse", true);
            // long outlet and story names would squeeze the bars
            categoryAxis.put("axisLabel", Map.of("width", 180, "overflow", "truncate"));
        }
        Map<String, Object> valueAxis = Map.of("type", "value", "minInterval", 1);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("top", 0, "left", 0, "icon", "roundRect", "itemWidth", 12, "itemHeight", 12));
        // the axis labels inside the box, as ECharts 5's containLabel did
        option.put("grid", Map.of("left", 4, "right", 32, "top", 36, "bottom", 4, "outerBoundsMode", "same",
                "outerBoundsContain", "axisLabel"));
        option.put("xAxis", horizontal ? valueAxis : categoryAxis);
        option.put("yAxis", horizontal ? categoryAxis : valueAxis);
        option.put("series", parts.stream().map(part -> Map.of("name", part.name(), "type", "bar", "stack", "all",
                "barMaxWidth", horizontal ? 18 : 48, "itemStyle", Map.of("color", part.colour()),
                "emphasis", Map.of("focus", "series"), "data", part.values())).toList());
        return option;
    }

    /** A height that gives every bar of a horizontal chart room: the legend, a row per category, the axis. */
    String height() {
        return 64 + 26 * Math.max(categories.size(), 3) + "px";
    }
}
