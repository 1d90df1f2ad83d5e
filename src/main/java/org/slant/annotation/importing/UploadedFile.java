package org.slant.annotation.importing;

import java.nio.charset.StandardCharsets;

/**
 * One file of an upload, an archive's entries already taken out.
 *
 * @param where how problems name it: {@code "labels.txt"}, or {@code "ptc.zip, entry 'articles/a1.txt'"}
 * @param path its name with its folders inside the archive (the file's own name when it was uploaded alone)
 */
public record UploadedFile(String where, String path, byte[] bytes) {

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
