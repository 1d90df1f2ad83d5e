package org.slant.export;

import java.util.List;
import java.util.UUID;

/**
 * What {@code manifest.json} of an export bundle says (docs/formats.md): which Slant wrote it and when, from which
 * project, with which schema and options, how much it holds, and the size and SHA-256 of every other file of the
 * bundle, so that a dataset can be checked and cited.
 *
 * @param kind always {@link #KIND}
 * @param exportedAt ISO-8601 instant, UTC
 * @param format the format's id, e.g. "jsonl"
 */
public record ExportManifest(String kind, int version, String slantVersion, String exportedAt, Project project,
        String format, List<Layer> schema, Options options, Counts counts, List<ExportedFile> files) {

    public static final String KIND = "slant-export";
    public static final int VERSION = 1;
    public static final String FILE_NAME = "manifest.json";

    public ExportManifest {
        schema = List.copyOf(schema);
        files = List.copyOf(files);
    }

    public record Project(UUID id, String name) {
    }

    /** An exported layer: SPAN or DOCUMENT, its label names and attribute names in the project's order. */
    public record Layer(String name, String kind, List<String> labels, List<String> attributes) {
    }

    /**
     * The options as asked, annotators named as in the files (pseudonyms unless usernames were asked for).
     */
    public record Options(List<String> layers, List<String> labels, List<String> annotators, boolean onlyDone,
            String source, String hygiene, String hygieneLayer, ExportOptions.Splits splits, boolean usernames) {
    }

    /**
     * @param annotators the annotators whose work went into the export (for a majority vote: those who voted)
     * @param spans spans written (after filters, hygiene and the vote)
     */
    public record Counts(long documents, long annotators, long spans, long answers) {
    }

    /** @param sha256 of the file's bytes as lower-case hex */
    public record ExportedFile(String name, long bytes, String sha256) {
    }
}
