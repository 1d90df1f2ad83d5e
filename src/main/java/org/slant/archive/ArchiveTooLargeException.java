package org.slant.archive;

import java.util.Locale;
import org.springframework.util.unit.DataSize;

/**
 * An uploaded archive is larger than {@code slant.archive.max-upload}, or unpacks to more than
 * {@code slant.archive.max-unpacked}: refused before anything is stored, and the part already received is deleted.
 * The REST API answers it with 413.
 */
public class ArchiveTooLargeException extends RuntimeException {

    ArchiveTooLargeException(DataSize limit) {
        super("The archive is larger than the limit of " + ArchiveLimits.describe(limit)
                + " (slant.archive.max-upload); nothing was stored. An administrator can raise the limit "
                + "(SLANT_ARCHIVE_MAX_UPLOAD) to import it.");
    }

    private ArchiveTooLargeException(String message) {
        super(message);
    }

    /** The manifest says the files unpack to more than {@code slant.archive.max-unpacked}. */
    static ArchiveTooLargeException unpacked(long bytes, DataSize limit) {
        return new ArchiveTooLargeException("The archive's files unpack to " + String.format(Locale.ROOT, "%,d",
                bytes) + " bytes, more than the limit of " + ArchiveLimits.describe(limit)
                + " (slant.archive.max-unpacked); nothing was stored. An administrator can raise the limit "
                + "(SLANT_ARCHIVE_MAX_UNPACKED) to import it.");
    }
}
