package org.slant.corpus.importing;

import java.util.Objects;
import org.springframework.core.io.InputStreamSource;

/**
 * One file of an import. Its bytes are read once, as a stream.
 *
 * @param name the file name as the user gave it; it names the file in problems and titles .txt documents
 * @param format how to read it, or null when the name's extension is not one Slant reads (reported as a problem)
 * @param size its size in bytes, or -1 when not known before reading
 */
public record ImportFile(String name, ImportFormat format, long size, InputStreamSource content) {

    public ImportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /** A file whose format its name's extension says. */
    public static ImportFile named(String name, long size, InputStreamSource content) {
        return new ImportFile(name, ImportFormat.ofFileName(name).orElse(null), size, content);
    }

    /** JSON Lines whatever the name, e.g. a request body. */
    public static ImportFile jsonLines(String name, long size, InputStreamSource content) {
        return new ImportFile(name, ImportFormat.JSON_LINES, size, content);
    }
}
