package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** An upload is counted while it is copied: neither a missing nor a lying Content-Length lets a larger one in. */
class ArchiveUploadTest {

    private static final DataSize LIMIT = DataSize.ofKilobytes(4);

    @TempDir
    Path directory;

    @Test
    void keepsAnUploadUpToTheLimitByteForByte() throws IOException {
        byte[] upload = bytes(4096);

        Path kept = ArchiveUpload.keep(new ByteArrayInputStream(upload), -1, LIMIT, directory);

        assertThat(kept.getParent()).isEqualTo(directory);
        assertThat(Files.readAllBytes(kept)).isEqualTo(upload);
    }

    @Test
    void refusesADeclaredSizeOverTheLimitWithoutReadingOrWritingAByte() throws IOException {
        InputStream unread = new ByteArrayInputStream(bytes(10)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                throw new AssertionError("read although the declared size is over the limit");
            }
        };

        assertThatThrownBy(() -> ArchiveUpload.keep(unread, 4097, LIMIT, directory))
                .isInstanceOf(ArchiveTooLargeException.class)
                .hasMessageStartingWith("The archive is larger than the limit of 4 KB (slant.archive.max-upload)");
        assertThat(leftIn(directory)).isZero();
    }

    @Test
    void countsAnUploadOfUnknownSizeAndRemovesThePartKept() throws IOException {
        assertThatThrownBy(() -> ArchiveUpload.keep(new ByteArrayInputStream(bytes(4097)), -1, LIMIT, directory))
                .isInstanceOf(ArchiveTooLargeException.class);
        assertThat(leftIn(directory)).isZero();
    }

    @Test
    void countsAnUploadWhoseDeclaredSizeIsALie() throws IOException {
        assertThatThrownBy(() -> ArchiveUpload.keep(new ByteArrayInputStream(bytes(100_000)), 100, LIMIT,
                directory)).isInstanceOf(ArchiveTooLargeException.class);
        assertThat(leftIn(directory)).isZero();
    }

    @Test
    void removesThePartKeptWhenTheUploadBreaksOff() throws IOException {
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ >= 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> ArchiveUpload.keep(broken, -1, LIMIT, directory))
                .hasRootCauseMessage("connection reset");
        assertThat(leftIn(directory)).isZero();
    }

    private static long leftIn(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
