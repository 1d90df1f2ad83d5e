package org.slant.export;

import com.jerolba.carpet.CarpetWriter;
import com.jerolba.carpet.annotation.Alias;
import com.jerolba.carpet.annotation.NotNull;
import java.io.IOException;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code spans.parquet}: one row per span, the columns of spans-csv (docs/formats.md#spans-parquet), written by
 * Carpet over Apache parquet-java as documents arrive, Snappy-compressed, in row groups of 16 MB: nothing is held per
 * project.
 */
@Component
class SpansParquetWriterFactory implements ExportWriterFactory {

    static final String FILE = "spans.parquet";
    static final long ROW_GROUP_BYTES = 16L * 1024 * 1024;

    private final JsonMapper json;

    SpansParquetWriterFactory(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.SPANS_PARQUET;
    }

    /** A row; the attributes as a JSON object's text. */
    record SpanRow(@NotNull @Alias("document_id") String documentId, String story, String outlet,
            @NotNull String annotator, @NotNull String layer, @NotNull String label, int start, int end,
            @NotNull String text, @NotNull String attributes) {
    }

    @Override
    public ExportWriter create() {
        return new ExportWriter() {
            private CarpetWriter<SpanRow> rows;

            @Override
            public void begin(ExportContext context, ExportFiles files) throws IOException {
                // row groups of 16 MB instead of parquet-java's 128 MB: a group is held in memory until written
                rows = new CarpetWriter.Builder<>(files.create(FILE), SpanRow.class)
                        .withRowGroupSize(ROW_GROUP_BYTES).withCompressionCodec(CompressionCodecName.SNAPPY).build();
            }

            @Override
            public void document(ExportedDocument document) throws IOException {
                for (ExportedDocument.AnnotatorWork work : document.work()) {
                    for (ExportedDocument.ExportedSpan span : work.spans()) {
                        rows.write(new SpanRow(document.id().toString(), document.story(), document.outlet(),
                                work.annotator(), span.layer(), span.label(), span.start(), span.end(), span.text(),
                                json.writeValueAsString(span.attributes())));
                    }
                }
            }

            @Override
            public void end() throws IOException {
                rows.close();
            }
        };
    }
}
