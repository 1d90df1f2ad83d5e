package org.slant.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slant.platform.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every file of one upload, each once and as a stream, into documents and problems. A file that cannot be read
 * to the end (not UTF-8, not a zip) is reported and the next one read, so the user learns of every problem at once;
 * only passing the upload limit stops the reading of all files.
 */
final class UploadReader {

    private final ImportLimits limits;
    private final UploadBudget budget;
    private final TextFileReader texts;
    private final ZipReader zips;
    private final JsonLinesReader jsonLines;
    private final CsvReader csv;

    UploadReader(ImportLimits limits, JsonMapper json) {
        this.limits = limits;
        this.budget = new UploadBudget(limits);
        DocumentChecks checks = new DocumentChecks(limits);
        this.texts = new TextFileReader(limits, checks);
        this.zips = new ZipReader(texts, budget);
        this.jsonLines = new JsonLinesReader(json, checks);
        this.csv = new CsvReader(checks);
    }

    UploadContents read(List<ImportFile> files) {
        UploadContents contents = new UploadContents();
        long knownSize = files.stream().mapToLong(file -> Math.max(0, file.size())).sum();
        if (knownSize > limits.maxUpload().toBytes()) {
            // refused before a byte is read
            contents.problem(Location.upload(), limits.uploadLimitProblem());
            return contents;
        }
        for (ImportFile file : files) {
            if (contents.full()) {
                break;
            }
            try {
                read(file, contents);
            } catch (UploadTooLargeException e) {
                contents.problem(Location.upload(), e.said());
                break;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the uploaded file " + file.name(), e);
            }
        }
        return contents;
    }

    private void read(ImportFile file, UploadContents into) throws IOException {
        if (file.format() == null) {
            into.problem(file.name().isBlank() ? Message.of("corpus.import.place.no-name") : Location.file(file.name()),
                    Message.of("corpus.import.problem.kind-of-file", String.join(", ", ImportFormat.allExtensions())));
            return;
        }
        Message where = Location.file(file.name());
        try (InputStream raw = file.content().getInputStream()) {
            switch (file.format()) {
                case TEXT -> texts.read(where, file.name(), budget.counted(raw), into);
                // a zip's entries are counted as they unpack
                case ZIP -> zips.read(where, raw, into);
                case JSON_LINES -> jsonLines.read(where, budget.counted(raw), into);
                case CSV -> csv.read(where, budget.counted(raw), into);
            }
        }
    }
}
