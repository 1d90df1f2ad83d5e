package org.slant.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slant.export.ExportedDocument.AnnotatorWork;
import org.slant.export.ExportedDocument.ExportedSpan;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code spans.csv}: one row per span, RFC 4180 (CRLF between rows, fields quoted when they must be), UTF-8 without
 * a byte order mark, a header row; the attributes as a JSON object (docs/formats.md#spans-csv). Document answers
 * are not spans and are not in it.
 */
@Component
class SpansCsvWriterFactory implements ExportWriterFactory {

    static final String FILE = "spans.csv";
    static final String[] HEADER = {"document_id", "story", "outlet", "annotator", "layer", "label", "start", "end",
        "text", "attributes"};

    private final JsonMapper json;

    SpansCsvWriterFactory(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.SPANS_CSV;
    }

    @Override
    public ExportWriter create() {
        return new ExportWriter() {
            private CSVPrinter csv;

            @Override
            public void begin(ExportContext context, ExportFiles files) throws IOException {
                csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(files.create(FILE),
                        StandardCharsets.UTF_8), 1 << 16), CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            }

            @Override
            public void document(ExportedDocument document) throws IOException {
                for (AnnotatorWork work : document.work()) {
                    for (ExportedSpan span : work.spans()) {
                        csv.printRecord(document.id(), document.story(), document.outlet(), work.annotator(),
                                span.layer(), span.label(), span.start(), span.end(), span.text(),
                                json.writeValueAsString(span.attributes()));
                    }
                }
            }

            @Override
            public void end() throws IOException {
                csv.close();
            }
        };
    }
}
