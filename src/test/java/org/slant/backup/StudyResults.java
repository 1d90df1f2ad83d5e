package org.slant.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slant.agreement.AgreementOptions;
import org.slant.agreement.AgreementService;
import org.slant.export.ExportFormat;
import org.slant.export.ExportOptions;
import org.slant.export.ExportService;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a study gives a researcher: its exports (annotators' work, gold, spans as CSV) and its agreement report (as
 * the API sends it, less the time it was made). Equal results before and after a restore or an upgrade mean the
 * study reads the same.
 */
record StudyResults(Map<String, String> exports, String agreement) {

    static StudyResults of(ApplicationContext app, UUID projectId) {
        ExportService exports = app.getBean(ExportService.class);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("jsonl", raw(exports, projectId, ExportOptions.of(ExportFormat.JSONL)));
        files.put("jsonl, gold", raw(exports, projectId, ExportOptions.of(ExportFormat.JSONL)
                .from(ExportOptions.LabelSource.GOLD, ExportOptions.GoldDocuments.ANY)));
        files.put("spans-csv", raw(exports, projectId, ExportOptions.of(ExportFormat.SPANS_CSV)));
        JsonMapper json = app.getBean(JsonMapper.class);
        ObjectNode report = json.valueToTree(app.getBean(AgreementService.class).report(projectId,
                AgreementOptions.DEFAULT));
        report.remove("generatedAt");
        return new StudyResults(files, json.writeValueAsString(report));
    }

    private static String raw(ExportService exports, UUID projectId, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exports.exportRaw(projectId, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
