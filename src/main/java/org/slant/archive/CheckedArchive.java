package org.slant.archive;

import java.util.List;
import java.util.UUID;

/** An archive whose every file has been checked and found fit to store. */
record CheckedArchive(int formatVersion, UUID projectId, String projectName, ArchiveCounts counts,
        List<ArchivedAnnotator> annotators) {
}
