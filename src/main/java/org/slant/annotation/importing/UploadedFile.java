package org.slant.annotation.importing;

import java.nio.charset.StandardCharsets;
import org.slant.platform.Message;

/**
 * One file of an upload, an archive's entries already taken out.
 *
 * @param place how problems name it, in the reader's words: {@code "labels.txt"}, or
 *     {@code "ptc.zip, entry 'articles/a1.txt'"}
 * @param path its name with its folders inside the archive (the file's own name when it was uploaded alone)
 */
public record UploadedFile(Message place, String path, byte[] bytes) {

    /** A file named in the file's own words (its name). */
    public UploadedFile(String where, String path, byte[] bytes) {
        this(Place.said(where), path, bytes);
    }

    /** How problems name it, in English, as the REST API gives it. */
    public String where() {
        return place.english();
    }

    /** The name without folders. */
    public String name() {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** The name without folders or extension. */
    public String baseName() {
        String name = name();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public boolean nameEndsWith(String suffix) {
        return path.toLowerCase(java.util.Locale.ROOT).endsWith(suffix.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The bytes as UTF-8 text, a byte order mark at the start dropped, as the stored text drops it; a reader whose
     * offsets count the mark (PTC's) looks at the bytes for it.
     */
    public String utf8() throws org.slant.platform.NotUtf8Exception {
        return org.slant.platform.StrictUtf8.decode(bytes);
    }

    public static UploadedFile of(String name, String text) {
        return new UploadedFile(name, name, text.getBytes(StandardCharsets.UTF_8));
    }
}
