package org.slant.corpus.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from all files of one import, zip entries unpacked, and stops the reading as soon as they
 * pass the upload limit: a zip that unpacks to gigabytes is refused without being unpacked.
 */
final class UploadBudget {

    private final ImportLimits limits;
    private long used;

    UploadBudget(ImportLimits limits) {
        this.limits = limits;
    }

    /** {@code in}, counted; closing the result does not close {@code in} (a zip's entries share one stream). */
    InputStream counted(InputStream in) {
        return new FilterInputStream(in) {

            @Override
            public int read() throws IOException {
                int value = super.read();
                if (value != -1) {
                    spend(1);
                }
                return value;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    spend(read);
                }
                return read;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                spend(skipped);
                return skipped;
            }

            @Override
            public void close() {
                // the caller closes the underlying stream
            }
        };
    }

    private void spend(long bytes) throws UploadTooLargeException {
        used += bytes;
        if (used > limits.maxUpload().toBytes()) {
            throw new UploadTooLargeException(limits.uploadLimitProblem());
        }
    }
}
