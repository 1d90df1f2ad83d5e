package org.slant.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slant.export.ExportedDocument.AnnotatorWork;
import org.slant.export.ExportedDocument.ExportedAnswer;
import org.slant.export.ExportedDocument.ExportedSpan;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code documents.jsonl}: one document a line, with each annotator's (or the majority's, or gold's) spans and
 * answers, and the document's gold beside them where the export holds it (docs/formats.md#jsonl).
 */
@Component
class JsonlWriterFactory implements ExportWriterFactory {

    static final String FILE = "documents.jsonl";

    private final JsonMapper json;

    JsonlWriterFactory(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.JSONL;
    }

    @Override
    public ExportWriter create() {
        return new ExportWriter() {
            private OutputStream out;

            @Override
            public void begin(ExportContext context, ExportFiles files) {
                out = files.create(FILE);
            }

            @Override
            public void document(ExportedDocument document) throws IOException {
                out.write(json.writeValueAsBytes(line(document)));
                out.write('\n');
            }

            @Override
            public void end() throws IOException {
                out.close();
            }
        };
    }

    /** The document as one JSON object; keys in a fixed order, {@code externalId} only when there is one. */
    static Map<String, Object> line(ExportedDocument document) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", document.id().toString());
        line.put("text", document.text());
        line.put("title", document.title());
        line.put("outlet", document.outlet());
        line.put("story", document.story());
        line.put("url", document.url());
        line.put("published", document.published() == null ? null : document.published().toString());
        if (document.externalId() != null) {
            line.put("externalId", document.externalId());
        }
        if (document.language() != null) {
            line.put("language", document.language());
        }
        line.put("meta", document.meta() == null ? Map.of() : document.meta());
        List<Map<String, Object>> annotations = new ArrayList<>(document.work().size());
        for (AnnotatorWork work : document.work()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("annotator", work.annotator());
            annotations.add(entry(one, work));
        }
        line.put("annotations", annotations);
        if (document.gold() != null) {
            line.put("gold", entry(new LinkedHashMap<>(), document.gold()));
        }
        return line;
    }

    /** Adds the work's status, spans and answers to {@code entry}. */
    private static Map<String, Object> entry(Map<String, Object> entry, AnnotatorWork work) {
        entry.put("status", work.status());
        List<Map<String, Object>> spans = new ArrayList<>(work.spans().size());
        for (ExportedSpan span : work.spans()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("id", span.id().toString());
            value.put("layer", span.layer());
            value.put("label", span.label());
            value.put("start", span.start());
            value.put("end", span.end());
            value.put("text", span.text());
            value.put("attributes", span.attributes());
            spans.add(value);
        }
        entry.put("spans", spans);
        List<Map<String, Object>> answers = new ArrayList<>(work.answers().size());
        for (ExportedAnswer answer : work.answers()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("id", answer.id().toString());
            value.put("layer", answer.layer());
            value.put("label", answer.label());
            value.put("attributes", answer.attributes());
            answers.add(value);
        }
        entry.put("answers", answers);
        return entry;
    }
}
