package org.slant.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.slant.platform.Message;
import org.slant.platform.StrictUtf8;
import org.slant.platform.NotUtf8Exception;

/**
 * CSV with a header line (RFC 4180: comma-separated, values with commas, quotes or line breaks in double quotes).
 * A {@code text} column is required; the columns named like the JSON Lines fields fill those fields, and every other
 * column goes into the document's meta under its name, as text (empty cells left out). Values are kept exactly,
 * line breaks inside quoted values included.
 */
final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    private static final List<String> FIELDS = List.of("text", "title", "outlet", "story", "url", "published",
            "externalId", "language");

    private final DocumentChecks checks;

    CsvReader(DocumentChecks checks) {
        this.checks = checks;
    }

    void read(Message where, InputStream in, UploadContents into) throws IOException {
        Reader reader = StrictUtf8.reader(in);
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (NotUtf8Exception e) {
            into.problem(where, e.said());
            return;
        } catch (UploadTooLargeException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // the header itself: a duplicate or missing column name, a quote left open
            // the parser's words are English
            into.problem(Location.line(where, 1), Message.of("corpus.import.problem.csv-header",
                    String.valueOf(e.getMessage())));
            return;
        }
        List<String> columns = parser.getHeaderNames();
        if (!columns.contains("text")) {
            into.problem(Location.line(where, 1), columns.isEmpty() ? Message.of("corpus.import.problem.csv-no-header")
                    : Message.of("corpus.import.problem.csv-no-text", String.join(", ",
                            columns.stream().map(column -> "'" + column + "'").toList())));
            return;
        }
        Iterator<CSVRecord> rows = parser.iterator();
        long lastLine = parser.getCurrentLineNumber();
        while (!into.full()) {
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    return;
                }
                row = rows.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof NotUtf8Exception notUtf8) {
                    into.problem(where, notUtf8.said());
                } else if (e.getCause() instanceof UploadTooLargeException tooLarge) {
                    throw tooLarge;
                } else {
                    into.problem(Location.line(where, lastLine + 1), Message.of("corpus.import.problem.csv-invalid",
                            String.valueOf(e.getCause().getMessage())));
                }
                return;
            }
            lastLine = parser.getCurrentLineNumber();
            Location location = Location.csvRow(where, firstLine(lastLine, row));
            if (!row.isConsistent()) {
                // the counts as String, as they always were written: without grouping
                into.problem(location.place(), Message.of("corpus.import.problem.csv-values",
                        String.valueOf(row.size()), String.valueOf(columns.size())));
                continue;
            }
            IncomingDocument document = checks.check(location, fields(row, columns), into);
            if (document != null) {
                into.add(document);
            }
        }
    }

    private static DocumentFields fields(CSVRecord row, List<String> columns) {
        Map<String, Object> meta = new LinkedHashMap<>();
        for (String column : columns) {
            String value = row.get(column);
            if (!FIELDS.contains(column) && !value.isEmpty()) {
                meta.put(column, value);
            }
        }
        return new DocumentFields(row.get("text"), value(row, "title"), value(row, "outlet"), value(row, "story"),
                value(row, "url"), value(row, "published"), value(row, "externalId"), meta, value(row, "language"));
    }

    private static String value(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column) : null;
    }

    /**
     * The line a row starts on: the parser has counted the lines up to the row's end, so the line breaks inside its
     * quoted values are taken off.
     */
    private static long firstLine(long lastLine, CSVRecord row) {
        long breaks = 0;
        for (String value : row) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return lastLine - breaks;
    }
}
