package org.slant.archive;

import java.time.LocalDate;
import org.slant.platform.FileNames;

/**
 * "nato-russia-council-12-jan-2022-2026-03-01.slant.zip": the project's name made safe for any file system, with
 * the date of the export.
 */
final class ArchiveFileName {

    static final String EXTENSION = ".slant.zip";
    private static final int MAX_NAME_LENGTH = 80;

    private ArchiveFileName() {
    }

    static String of(String projectName, LocalDate date) {
        return FileNames.slug(projectName, MAX_NAME_LENGTH) + "-" + date + EXTENSION;
    }
}
