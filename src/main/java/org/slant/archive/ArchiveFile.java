package org.slant.archive;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files of a project archive besides its manifest, in the order they are written and stored. JSON Lines files
 * hold one row of their table per line.
 */
enum ArchiveFile {

    PROJECT("project.json", ArchivedTable.PROJECT),
    SCHEMA("schema.json", null),
    ANNOTATORS("annotators.json", null),
    STORIES("stories.jsonl", ArchivedTable.STORY),
    OUTLETS("outlets.jsonl", ArchivedTable.OUTLET),
    DOCUMENTS("documents.jsonl", ArchivedTable.DOCUMENT),
    SPANS("spans.jsonl", ArchivedTable.SPAN_ANNOTATION),
    ANSWERS("answers.jsonl", ArchivedTable.DOCUMENT_ANSWER),
    EVENTS("events.jsonl", ArchivedTable.ANNOTATION_EVENT);

    static final String MANIFEST = "manifest.json";

    final String fileName;
    /** The table of each line of a JSON Lines file; the single row of project.json; null for the others. */
    final ArchivedTable table;

    ArchiveFile(String fileName, ArchivedTable table) {
        this.fileName = fileName;
        this.table = table;
    }

    static Optional<ArchiveFile> named(String fileName) {
        return Arrays.stream(values()).filter(file -> file.fileName.equals(fileName)).findFirst();
    }
}
