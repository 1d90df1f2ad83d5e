package org.slant.archive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.slant.platform.Message;
import tools.jackson.databind.JsonNode;

/** How a column's value is written in an archive's JSON, and what a value read back must look like. */
enum ColumnType {
    UUID, TEXT, INTEGER, BIGINT, BOOLEAN, DATE, TIMESTAMP, JSON;

    /** What is wrong with a (non-null) value for a column of this type, or null when it fits. */
    Message problemWith(JsonNode value) {
        return switch (this) {
            case UUID -> value.isString() && isUuid(value.stringValue()) ? null : not("archive.check.uuid", value);
            // PostgreSQL's text cannot hold the character U+0000
            case TEXT -> !value.isString() ? not("archive.check.string", value)
                    : value.stringValue().indexOf('\0') >= 0 ? Message.of("archive.check.nul")
                    : null;
            case INTEGER -> value.isIntegralNumber() && value.canConvertToInt() ? null
                    : not("archive.check.integer", value);
            case BIGINT -> value.isIntegralNumber() && value.canConvertToLong() ? null
                    : not("archive.check.whole-number", value);
            case BOOLEAN -> value.isBoolean() ? null : not("archive.check.boolean", value);
            case DATE -> value.isString() && parses(value.stringValue(), true) ? null
                    : not("archive.check.date", value);
            case TIMESTAMP -> value.isString() && parses(value.stringValue(), false) ? null
                    : not("archive.check.timestamp", value);
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

    /**
     * "must be ..., not number 42": the value's JSON type (JSON's own word, in every language) and its start.
     */
    private static Message not(String key, JsonNode value) {
        String shown = value.toString();
        return Message.of(key, value.getNodeType().name().toLowerCase(Locale.ROOT),
                shown.length() > 40 ? shown.substring(0, 39) + "…" : shown);
    }
}
