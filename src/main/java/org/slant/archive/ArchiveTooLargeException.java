package org.slant.archive;

import org.slant.platform.KeyedRefusal;
import org.slant.platform.Message;
import org.springframework.util.unit.DataSize;

/**
 * An uploaded archive is larger than {@code slant.archive.max-upload}, or unpacks to more than
 * {@code slant.archive.max-unpacked}: refused before anything is stored, and the part already received is deleted.
 * The REST API answers it with 413.
 */
public class ArchiveTooLargeException extends KeyedRefusal {

    ArchiveTooLargeException(DataSize limit) {
        this(Message.of("archive.refusal.too-large", ArchiveLimits.describe(limit)));
    }

    private ArchiveTooLargeException(Message said) {
        super(said);
    }

    /** The manifest says the files unpack to more than {@code slant.archive.max-unpacked}. */
    static ArchiveTooLargeException unpacked(long bytes, DataSize limit) {
        return new ArchiveTooLargeException(Message.of("archive.refusal.too-large-unpacked", bytes,
                ArchiveLimits.describe(limit)));
    }
}
