package org.slant.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slant.platform.TemporaryFiles;

/**
 * A project's archive written whole to a temporary file, ready to be sent once the database snapshot it was read in
 * has ended; closing it deletes the file, so send it in a try-with-resources block.
 *
 * @param fileName the name to offer the download under, e.g. "my-study-2026-03-01.slant.zip"
 */
public record ExportedArchive(Path file, String fileName, ArchiveCounts counts) implements AutoCloseable {

    /** The archive's size in bytes, for Content-Length. */
    public long size() throws IOException {
        return Files.size(file);
    }

    /** Copies the archive to {@code out}, which is left open. */
    public void sendTo(OutputStream out) throws IOException {
        Files.copy(file, out);
        out.flush();
    }

    @Override
    public void close() {
        TemporaryFiles.delete(file);
    }
}
