package org.slant.archive;

import org.slant.corpus.importing.ImportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large an uploaded project archive may be. Set as {@code slant.archive.max-upload} (or the environment variable
 * {@code SLANT_ARCHIVE_MAX_UPLOAD}), e.g. {@code 4GB}. Archives are larger than document imports (a whole study with
 * its history), so this is a limit of its own; form uploads (multipart) are in addition held to Spring's multipart
 * limit, which follows {@code slant.import.max-upload}: see docs/archive.md.
 *
 * @param maxUpload the most bytes an uploaded archive (the zip as sent) may hold
 * @param maxUnpacked the most bytes its files may hold unpacked, as its manifest gives them; a zip can unpack to a
 *     thousand times its size, and the import reads every byte of it
 */
@ConfigurationProperties("slant.archive")
public record ArchiveLimits(DataSize maxUpload, DataSize maxUnpacked) {

    public static final DataSize DEFAULT_MAX_UPLOAD = DataSize.ofGigabytes(1);
    /** Ten times the upload limit: exported archives unpack to about four times their size. */
    public static final DataSize DEFAULT_MAX_UNPACKED = DataSize.ofGigabytes(10);

    public ArchiveLimits {
        maxUpload = maxUpload == null ? DEFAULT_MAX_UPLOAD : maxUpload;
        maxUnpacked = maxUnpacked == null ? DEFAULT_MAX_UNPACKED : maxUnpacked;
        if (maxUpload.toBytes() <= 0) {
            throw new IllegalArgumentException("slant.archive.max-upload must be more than 0, not " + maxUpload);
        }
        if (maxUnpacked.toBytes() <= 0) {
            throw new IllegalArgumentException("slant.archive.max-unpacked must be more than 0, not " + maxUnpacked);
        }
    }

    /** "1 GB", "50 MB": the limit as a person writes it. */
    public String describe() {
        return describe(maxUpload);
    }

    public static String describe(DataSize size) {
        long bytes = size.toBytes();
        return bytes % DataSize.ofGigabytes(1).toBytes() == 0 ? size.toGigabytes() + " GB"
                : ImportLimits.describe(size);
    }
}
