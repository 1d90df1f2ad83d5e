package org.slant.agreement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agreement report as a file to download: CSV, one row per figure, for pandas, R or a spreadsheet; or the JSON
 * the REST API answers ({@link AgreementReportJson}). Neither method closes the stream it writes to.
 */
@Component
public class AgreementReportFiles {

    /** The CSV columns, in order. */
    public static final List<String> CSV_HEADER = List.of("layer", "label", "measure", "measure_title", "scope",
            "scope_id", "scope_name", "annotator_a", "annotator_b", "value", "units", "unit", "annotators",
            "documents", "definition");

    /** How many decimals a CSV value has. */
    public static final int DECIMALS = 6;

    // RFC 4180: CRLF between records; fields quoted only when they hold a comma, a quote or a line break
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader(CSV_HEADER.toArray(String[]::new)).get();

    private static final int MAX_NAME_LENGTH = 60;

    private final ObjectWriter json;

    AgreementReportFiles(JsonMapper json) {
        // the application's mapper, so that the file and the REST API write the same JSON
        this.json = json.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    /**
     * The report's figures as a table in UTF-8: a header row, then one row per figure. An undefined value is an
     * empty cell; {@code label} is empty for figures over all of a layer's labels; {@code scope_id} is empty for the
     * project and for pairs; {@code annotator_a} and {@code annotator_b} are filled for pairwise figures only.
     */
    public void csv(AgreementReport report, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            // not closed: that would close the caller's stream
            CSVPrinter printer = new CSVPrinter(writer, CSV);
            for (Figure figure : report.figures()) {
                printer.printRecord(row(figure));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The agreement report could not be written as CSV", e);
        }
    }

    /** The report as {@link AgreementReportJson}, written by the application's JSON mapper. */
    public void json(AgreementReport report, OutputStream out) {
        json.writeValue(out, AgreementReportJson.of(report));
    }

    /**
     * "agreement-nato-summit-2026-05-04.csv": the project's name made safe for any file system (letters of any
     * script kept), with the day the report was made (UTC) and the extension, e.g. "csv" or "json".
     */
    public static String fileName(AgreementReport report, String extension) {
        String name = Normalizer.normalize(report.projectName() == null ? "" : report.projectName(),
                Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "")
                .toLowerCase(Locale.ROOT);
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH)).replaceAll("-+$", "");
        }
        LocalDate day = LocalDate.ofInstant(report.generatedAt(), ZoneOffset.UTC);
        return "agreement-" + (name.isEmpty() ? "project" : name) + "-" + day + "." + extension;
    }

    /** A figure's value as the CSV writes it: '.' and {@value #DECIMALS} decimals; empty when undefined. */
    public static String value(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN);
        // -0.0000001 rounds to zero: written without a sign
        return (rounded.signum() == 0 ? BigDecimal.ZERO.setScale(DECIMALS) : rounded).toPlainString();
    }

    private static List<Object> row(Figure figure) {
        Measure measure = figure.measure();
        boolean pair = figure.pair().size() == 2;
        return List.of(text(figure.layer()), text(figure.label()), measure.name(), measure.title(),
                figure.scope().name(), figure.scopeId() == null ? "" : figure.scopeId().toString(),
                text(figure.scopeName()), pair ? figure.pair().get(0) : "", pair ? figure.pair().get(1) : "",
                value(figure.value()), figure.units(), measure.unit(), figure.annotators(), figure.documents(),
                measure.definition());
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
