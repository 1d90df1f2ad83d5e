package org.slant.platform;

import java.io.IOException;

/** A request body went past the limit that applies to it while it was being read. */
public class RequestBodyTooLargeException extends IOException {

    private final long limit;
    private final String setting;

    public RequestBodyTooLargeException(long limit, String setting) {
        super("The request body is larger than the limit of " + describe(limit) + " (" + setting + ")");
        this.limit = limit;
        this.setting = setting;
    }

    public long limit() {
        return limit;
    }

    public String setting() {
        return setting;
    }

    /** "1 MB", "512 KB", "300 bytes": a size as a person writes it. */
    public static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
