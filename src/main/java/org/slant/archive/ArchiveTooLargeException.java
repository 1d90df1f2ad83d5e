package org.slant.archive;

import org.springframework.util.unit.DataSize;

/**
 * An uploaded archive is larger than {@code slant.archive.max-upload}: refused before anything is stored, and the part
 * already received is deleted. The REST API answers it with 413.
 */
public class ArchiveTooLargeException extends RuntimeException {

    ArchiveTooLargeException(DataSize limit) {
        super("The archive is larger than the limit of " + ArchiveLimits.describe(limit)
                + " (slant.archive.max-upload); nothing was stored. An administrator can raise the limit "
                + "(SLANT_ARCHIVE_MAX_UPLOAD) to import it.");
    }
}
