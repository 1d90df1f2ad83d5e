package org.slant.annotation.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Uploads for the PTC and BASIL API tests: a tar.gz made in memory, and a multipart body with a mapping part. */
final class PtcFormatUploads {

    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PtcFormatUploads() {
    }

    /** A tar.gz of the entries, in the order given, as {@code tar czf} makes one (with {@code ./} before paths). */
    static byte[] tarGz(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry file = new TarArchiveEntry("./" + entry.getKey());
                file.setSize(entry.getValue().length);
                tar.putArchiveEntry(file);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withByteOrderMark(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BYTE_ORDER_MARK);
        bytes.writeBytes(utf8(text));
        return bytes.toByteArray();
    }

    /** A multipart body: the parts by name, each {@code {file name, bytes}}; and its Content-Type. */
    record Multipart(String contentType, byte[] body) {

        static Multipart of(Map<String, Object[]> parts) {
            String boundary = "ptc-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, Object[]> part : parts.entrySet()) {
                body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + part.getKey().replaceAll("#.*", "") + "\"; filename=\"" + part.getValue()[0]
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
                body.writeBytes((byte[]) part.getValue()[1]);
                body.writeBytes(utf8("\r\n"));
            }
            body.writeBytes(utf8("--" + boundary + "--\r\n"));
            return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
        }
    }
}
