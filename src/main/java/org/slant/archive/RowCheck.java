package org.slant.archive;

import java.util.List;
import java.util.Set;
import org.slant.platform.Message;
import tools.jackson.databind.JsonNode;

/** Checks one row of an archive, a JSON object, against its table's columns: every column there, of its type. */
final class RowCheck {

    private RowCheck() {
    }

    /**
     * @param alsoAllowed members besides the columns that the row may have (a layer's labels and attributes)
     * @return whether the row is fit to look into further; its problems are added to {@code problems}
     */
    static boolean check(JsonNode row, List<Column> columns, Set<String> alsoAllowed, Message where,
            Problems problems) {
        if (row == null || !row.isObject()) {
            problems.add(where, Message.of("archive.check.not-an-object"));
            return false;
        }
        boolean fits = true;
        for (String name : row.propertyNames()) {
            if (!alsoAllowed.contains(name) && columns.stream().noneMatch(column -> column.name().equals(name))) {
                problems.add(field(where, name), Message.of("archive.check.unknown-field"));
                fits = false;
            }
        }
        for (Column column : columns) {
            JsonNode value = row.get(column.name());
            if (value == null) {
                problems.add(field(where, column.name()), Message.of("archive.check.field-missing"));
                fits = false;
            } else if (value.isNull()) {
                if (!column.nullable()) {
                    problems.add(field(where, column.name()), Message.of("archive.check.null"));
                    fits = false;
                }
            } else {
                Message problem = column.type().problemWith(value);
                if (problem != null) {
                    problems.add(field(where, column.name()), problem);
                    fits = false;
                }
            }
        }
        return fits;
    }

    static Message field(Message where, String name) {
        return Problems.field(where, name);
    }
}
