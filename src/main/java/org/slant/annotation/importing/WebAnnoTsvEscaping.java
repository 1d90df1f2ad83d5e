package org.slant.annotation.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * WebAnno TSV 3's escaping: in a value, a backslash makes the next character plain ({@code \|}, {@code \[},
 * {@code \_}, {@code \*}, {@code \->}, {@code \;}, {@code \\}), and {@code \t}, {@code \n} stand for a tab and a line
 * break. A cell is {@code _} (nothing on the token) or values joined by {@code |}, each with an optional
 * disambiguation id {@code [n]} tying the tokens of one span together; {@code *} is an annotation whose feature has
 * no value.
 */
final class WebAnnoTsvEscaping {

    private WebAnnoTsvEscaping() {
    }

    /** One value of a cell: {@code null} for {@code *}; the id {@code null} when the annotation has none. */
    record Value(String value, Integer id) {
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The values of a cell that is not {@code _}, or {@code null} when a bracket is out of place. */
    static List<Value> values(String cell) {
        List<Value> values = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i < cell.length() && cell.charAt(i) == '\\') {
                i++; // the escaped character is plain, even a '|'
                continue;
            }
            if (i == cell.length() || cell.charAt(i) == '|') {
                Value value = value(cell.substring(start, i));
                if (value == null) {
                    return null;
                }
                values.add(value);
                start = i + 1;
            }
        }
        return values;
    }

    private static Value value(String raw) {
        Integer id = null;
        String body = raw;
        int open = unescapedIndexOf(raw, '[');
        if (open >= 0) {
            if (!raw.endsWith("]") || !raw.substring(open + 1, raw.length() - 1).matches("\\d{1,9}")) {
                return null;
            }
            id = Integer.valueOf(raw.substring(open + 1, raw.length() - 1));
            body = raw.substring(0, open);
        } else if (unescapedIndexOf(raw, ']') >= 0) {
            return null;
        }
        return new Value(body.equals("*") ? null : unescape(body), id);
    }

    private static int unescapedIndexOf(String text, char wanted) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }
}
