package org.slant.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An export written whole to a temporary file, ready to be sent once the database snapshot it was read in has ended
 * (a slow download holds no transaction open). Closing it deletes the file: send it in a try-with-resources block, or
 * close it when the page that offers it goes away.
 */
public final class PreparedExport implements AutoCloseable {

    private final Path file;
    private final String fileName;
    private final String contentType;
    private final long size;
    private final ExportManifest.Counts counts;
    private final ExportFilesOnDisk disk;

    PreparedExport(Path file, String fileName, String contentType, ExportManifest.Counts counts,
            ExportFilesOnDisk disk) throws IOException {
        this.file = file;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = Files.size(file);
        this.counts = counts;
        this.disk = disk;
    }

    /** The name to offer the download under, e.g. "my-study-jsonl-2026-03-01.zip". */
    public String fileName() {
        return fileName;
    }

    /** {@code application/zip} for a bundle, the format's own media type for a raw file. */
    public String contentType() {
        return contentType;
    }

    /** Bytes, for Content-Length. */
    public long size() {
        return size;
    }

    /** What it holds: documents, annotators, spans, answers. */
    public ExportManifest.Counts counts() {
        return counts;
    }

    /** Where it waits; gone once closed. */
    public Path file() {
        return file;
    }

    /** Copies the file to {@code out}, which is left open. */
    public void sendTo(OutputStream out) throws IOException {
        Files.copy(file, out);
        out.flush();
    }

    @Override
    public void close() {
        disk.delete(file);
    }
}
