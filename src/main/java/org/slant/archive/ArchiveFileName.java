package org.slant.archive;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

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
        // letters keep their accents: taking them off changes letters in other scripts (Київ is not Киів)
        String composed = Normalizer.normalize(projectName, Normalizer.Form.NFC);
        String safe = composed.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "")
                .toLowerCase(Locale.ROOT);
        if (safe.codePointCount(0, safe.length()) > MAX_NAME_LENGTH) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, MAX_NAME_LENGTH)).replaceAll("-+$", "");
        }
        return (safe.isEmpty() ? "project" : safe) + "-" + date + EXTENSION;
    }
}
