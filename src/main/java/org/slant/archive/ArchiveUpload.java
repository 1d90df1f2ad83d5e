package org.slant.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slant.platform.TemporaryFiles;
import org.springframework.util.unit.DataSize;

/**
 * Keeps an uploaded archive in a temporary file, counting the bytes as they are copied and stopping once they pass
 * the limit: a declared size (Content-Length) may be missing or wrong, so it only refuses early, never lets through.
 * A refused or failed copy leaves no file behind.
 */
final class ArchiveUpload {

    static final String PREFIX = "slant-archive-upload-";

    private ArchiveUpload() {
    }

    /**
     * @param declaredBytes the size the sender announced, or -1 when unknown
     * @return the temporary file, which the caller deletes
     * @throws ArchiveTooLargeException when the upload passes {@code limit}
     */
    static Path keep(InputStream upload, long declaredBytes, DataSize limit, Path directory) {
        if (declaredBytes > limit.toBytes()) {
            throw new ArchiveTooLargeException(limit);
        }
        Path copy = null;
        boolean kept = false;
        try {
            copy = Files.createTempFile(directory, PREFIX, ".zip");
            try (OutputStream out = Files.newOutputStream(copy)) {
                long left = limit.toBytes();
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = upload.read(buffer)) != -1; ) {
                    left -= read;
                    if (left < 0) {
                        throw new ArchiveTooLargeException(limit);
                    }
                    out.write(buffer, 0, read);
                }
            }
            kept = true;
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the uploaded archive in a temporary file", e);
        } finally {
            if (!kept) {
                TemporaryFiles.delete(copy);
            }
        }
    }
}
