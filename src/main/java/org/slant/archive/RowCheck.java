package org.slant.archive;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Checks one row of an archive, a JSON object, against its table's columns: every column there, of its type. */
final class RowCheck {

    private RowCheck() {
    }

    /**
     * @param alsoAllowed members besides the columns that the row may have (a layer's labels and attributes)
     * @return whether the row is fit to look into further; its problems are added to {@code problems}
     */
    static boolean check(JsonNode row, List<Column> columns, Set<String> alsoAllowed, String where,
            Problems problems) {
        if (row == null || !row.isObject()) {
            problems.add(where, "must be a JSON object {...}");
            return false;
        }
        boolean fits = true;
        for (String name : row.propertyNames()) {
            if (!alsoAllowed.contains(name) && columns.stream().noneMatch(column -> column.name().equals(name))) {
                problems.add(field(where, name), "is not a field of this file");
                fits = false;
            }
        }
        for (Column column : columns) {
            JsonNode value = row.get(column.name());
            if (value == null) {
                problems.add(field(where, column.name()), "is missing");
                fits = false;
            } else if (value.isNull()) {
                if (!column.nullable()) {
                    problems.add(field(where, column.name()), "must not be null");
                    fits = false;
                }
            } else {
                String problem = column.type().problemWith(value);
                if (problem != null) {
                    problems.add(field(where, column.name()), problem);
                    fits = false;
                }
            }
        }
        return fits;
    }

    static String field(String where, String name) {
        return where + ", field '" + name + "'";
    }
}
