package org.slant.agreement.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slant.agreement.Figure;
import org.slant.platform.ui.LocalFormats;

/** The agreement page's charts as ECharts options: a heatmap of annotator pairs and horizontal bars. */
final class AgreementCharts {

    /** From disagreement to agreement; kappas and alpha can be negative, F1 cannot. */
    private static final List<String> SCALE = List.of("#d7301f", "#fdae61", "#fff7bc", "#a6d96a", "#1a9641");

    private AgreementCharts() {
    }

    /** One cell per pair of annotators (both halves filled), empty where undefined. */
    static Map<String, Object> pairs(List<String> annotators, List<Figure> pairFigures, boolean canBeNegative) {
        List<List<Object>> cells = new ArrayList<>();
        for (Figure figure : pairFigures) {
            int first = annotators.indexOf(figure.pair().get(0));
            int second = annotators.indexOf(figure.pair().get(1));
            Object value = figure.value() == null ? "-" : FigureText.rounded(figure.value());
            cells.add(List.of(first, second, value));
            cells.add(List.of(second, first, value));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 4, "right", 4, "top", 4, "bottom", 56, "outerBoundsMode", "same",
                "outerBoundsContain", "axisLabel"));
        option.put("xAxis", Map.of("type", "category", "data", annotators, "splitArea", Map.of("show", true),
                "axisLabel", Map.of("rotate", annotators.size() > 6 ? 30 : 0, "width", 120, "overflow",
                        "truncate")));
        option.put("yAxis", Map.of("type", "category", "data", annotators, "inverse", true, "splitArea",
                Map.of("show", true), "axisLabel", Map.of("width", 140, "overflow", "truncate")));
        option.put("visualMap", Map.of("type", "piecewise", "pieces", legendPieces(canBeNegative), "orient",
                "horizontal", "left", "center", "bottom", 0, "itemGap", 6));
        option.put("series", List.of(Map.of("type", "heatmap", "data", cells, "label", Map.of("show", true),
                "emphasis", Map.of("itemStyle", Map.of("borderColor", "#333", "borderWidth", 1)))));
        return option;
    }

    /**
     * The heatmap's legend in numbers, written as the reader's locale writes them ("0.2–0.4", "0,2–0,4"): a band of
     * 0.2 per colour, below 0 in the first where values can be.
     */
    static List<Map<String, Object>> legendPieces(boolean canBeNegative) {
        List<Map<String, Object>> pieces = new ArrayList<>();
        if (canBeNegative) {
            pieces.add(Map.of("lt", 0, "label", "< 0", "color", "#a50f15"));
        }
        double[] bounds = {0, 0.2, 0.4, 0.6, 0.8, 1.0001};
        double[] ends = {0, 0.2, 0.4, 0.6, 0.8, 1};
        String[] labels = new String[ends.length - 1];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = bound(ends[i]) + "–" + bound(ends[i + 1]);
        }
        String[] colours = {SCALE.get(0), SCALE.get(1), SCALE.get(2), SCALE.get(3), SCALE.get(4)};
        for (int i = 0; i < labels.length; i++) {
            pieces.add(Map.of("gte", bounds[i], "lt", bounds[i + 1], "label", labels[i], "color", colours[i]));
        }
        return pieces;
    }

    /** A rounded figure as ECharts shows a number, without trailing zeros (0.5, 1), in the reader's locale. */
    static String shortest(double rounded) {
        String written = LocalFormats.decimal(rounded, 3);
        int end = written.length();
        while (written.charAt(end - 1) == '0') {
            end--;
        }
        if (!Character.isDigit(written.charAt(end - 1))) {
            end--;
        }
        return written.substring(0, end);
    }

    /** 0 and 1 as whole numbers, the bounds between them with one decimal. */
    private static String bound(double value) {
        return value == Math.rint(value) ? LocalFormats.count((long) value) : LocalFormats.decimal(value, 1);
    }

    /**
     * One bar per category; undefined ones have no bar and say so in their name, so that they are not read as 0.
     */
    static Map<String, Object> bars(List<String> names, List<Double> values, String colour) {
        return bars(names, values, names.stream().map(name -> colour).toList());
    }

    /** The same, each bar in its own colour (labels in their label colours). */
    static Map<String, Object> bars(List<String> names, List<Double> values, List<String> colours) {
        List<String> categories = new ArrayList<>();
        List<Object> data = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Double value = FigureText.rounded(values.get(i));
            categories.add(value == null ? I18NProvider.translate("agreement.charts.undefined-bar", names.get(i))
                    : names.get(i));
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("value", value);
            bar.put("itemStyle", Map.of("color", colours.get(i)));
            if (value != null) {
                // the figure as the reader's locale writes it (0,81), not as ECharts would (0.81)
                bar.put("label", Map.of("formatter", shortest(value)));
            }
            data.add(bar);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("grid", Map.of("left", 4, "right", 40, "top", 8, "bottom", 4, "outerBoundsMode", "same",
                "outerBoundsContain", "axisLabel"));
        option.put("xAxis", Map.of("type", "value", "max", 1));
        option.put("yAxis", Map.of("type", "category", "data", categories, "inverse", true, "axisLabel",
                Map.of("width", 200, "overflow", "truncate")));
        option.put("series", List.of(Map.of("type", "bar", "data", data, "barMaxWidth", 18, "label",
                Map.of("show", true, "position", "right"))));
        return option;
    }

    /** Room for every bar: a row per category and the axis. */
    static String height(int categories) {
        return 40 + 28 * Math.max(categories, 2) + "px";
    }
}
