package org.slant.archive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** How a column's value is written in an archive's JSON, and what a value read back must look like. */
enum ColumnType {
    UUID, TEXT, INTEGER, BIGINT, BOOLEAN, DATE, TIMESTAMP, JSON;

    /** What is wrong with a (non-null) value for a column of this type, or null when it fits. */
    String problemWith(JsonNode value) {
        return switch (this) {
            case UUID -> value.isString() && isUuid(value.stringValue()) ? null : "must be a UUID" + not(value);
            // PostgreSQL's text cannot hold the character U+0000
            case TEXT -> !value.isString() ? "must be a string" + not(value)
                    : value.stringValue().indexOf('\0') >= 0 ? "holds the character U+0000, which text cannot hold"
                    : null;
            case INTEGER -> value.isIntegralNumber() && value.canConvertToInt() ? null
                    : "must be a whole number from -2147483648 to 2147483647" + not(value);
            case BIGINT -> value.isIntegralNumber() && value.canConvertToLong() ? null
                    : "must be a whole number" + not(value);
            case BOOLEAN -> value.isBoolean() ? null : "must be true or false" + not(value);
            case DATE -> value.isString() && parses(value.stringValue(), true) ? null
                    : "must be a date as YYYY-MM-DD" + not(value);
            case TIMESTAMP -> value.isString() && parses(value.stringValue(), false) ? null
                    : "must be a time with its offset, e.g. 2026-01-12T09:30:00.123456+00:00" + not(value);
            case JSON -> null;
        };
    }

    /** The canonical form only (8-4-4-4-12 hex digits), as PostgreSQL writes it; checked for every id of a file. */
    static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean fits = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static boolean parses(String text, boolean date) {
        try {
            if (date) {
                LocalDate.parse(text);
            } else {
                OffsetDateTime.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** ", not number 42": the value's type and its start. */
    private static String not(JsonNode value) {
        String shown = value.toString();
        return ", not " + value.getNodeType().name().toLowerCase(Locale.ROOT) + " "
                + (shown.length() > 40 ? shown.substring(0, 39) + "…" : shown);
    }
}
