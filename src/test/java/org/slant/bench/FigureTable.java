package org.slant.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints the results of a run as a plain-text table, one figure a row. */
final class FigureTable {

    private FigureTable() {
    }

    static void print(List<BenchmarkResult> results, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "figure", "value", "unit", "target", ""});
        for (BenchmarkResult result : results) {
            if (result.failed()) {
                rows.add(new String[] {result.name(), "FAILED: " + result.error(), "", "", "", ""});
            }
            for (Figure figure : result.figures()) {
                rows.add(new String[] {result.name(), figure.name(), Numbers.format(figure.value()), figure.unit(),
                        figure.target() == null ? "" : figure.target(),
                        figure.met() == null ? "" : figure.met() ? "met" : "MISSED"});
            }
        }
        int[] widths = new int[6];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                // numbers line up on the right, words on the left
                String cell = i == 2 ? " ".repeat(widths[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(widths[i] - row[i].length());
                line.append(cell).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
