package org.slant.platform;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes bytes on while counting them and hashing them with SHA-256, for the checksums of archives and export
 * manifests; closing it leaves the stream below open.
 */
public final class Sha256Output extends FilterOutputStream {

    private final MessageDigest digest = sha256();
    private long bytes;

    public Sha256Output(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        bytes += len;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    public long bytes() {
        return bytes;
    }

    /** The hash of everything written, as lower-case hex; ask once, at the end. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
