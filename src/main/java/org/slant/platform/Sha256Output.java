package org.slant.platform;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Passes bytes on while counting them and hashing them with SHA-256, for the checksums of archives and export
 * manifests; closing it leaves the stream below open.
 */
public final class Sha256Output extends FilterOutputStream {

    private final MessageDigest digest = DigestUtils.getSha256Digest();
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
        return Hex.encodeHexString(digest.digest());
    }
}
