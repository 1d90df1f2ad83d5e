package org.slant.archive;

import java.util.Map;
import java.util.UUID;

/**
 * manifest.json, the last entry of a project archive: what made it, when, of which project, how many rows of each
 * kind, and the size and SHA-256 of every other file.
 *
 * @param files by file name, in the order they were written
 */
record Manifest(String format, int formatVersion, String slantVersion, String exportedAt, ProjectRef project,
        ArchiveCounts counts, Map<String, ArchivedFile> files) {

    static final String FORMAT = "slant-project-archive";
    /**
     * The version this Slant writes: 2 added members.jsonl and assignments.jsonl; 3 added gold (gold_spans.jsonl,
     * gold_answers.jsonl, curation.jsonl and gold_events.jsonl); 4 added the project's outlet_blind; 5 added
     * pre_annotations.jsonl.
     */
    static final int FORMAT_VERSION = 6;
    /** The oldest version this Slant still reads. */
    static final int OLDEST_READ = 1;

    record ProjectRef(UUID id, String name) {
    }
}
