package org.slant.corpus.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file an import reads, told apart by the file name's extension. */
public enum ImportFormat {

    /** One document per file, titled with the file name. */
    TEXT(".txt"),
    /** A zip archive of .txt files. */
    ZIP(".zip"),
    /** One JSON object per line. */
    JSON_LINES(".jsonl", ".ndjson"),
    /** A header line with a {@code text} column, then one document per row. */
    CSV(".csv");

    private final List<String> extensions;

    ImportFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }

    public static Optional<ImportFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.stream().anyMatch(name::endsWith))
                .findFirst();
    }

    /** Every extension an import accepts, e.g. for a file chooser. */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(format -> format.extensions.stream()).toList();
    }
}
