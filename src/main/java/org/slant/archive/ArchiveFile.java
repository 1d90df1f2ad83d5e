package org.slant.archive;

import java.util.Arrays;
import java.util.List;

/**
 * The files of a project archive besides its manifest, in the order they are written and stored. JSON Lines files
 * hold one row of their table per line. Each file is part of the archive format from a version on.
 */
enum ArchiveFile {

    PROJECT("project.json", ArchivedTable.PROJECT, 1),
    SCHEMA("schema.json", null, 1),
    ANNOTATORS("annotators.json", null, 1),
    STORIES("stories.jsonl", ArchivedTable.STORY, 1),
    OUTLETS("outlets.jsonl", ArchivedTable.OUTLET, 1),
    DOCUMENTS("documents.jsonl", ArchivedTable.DOCUMENT, 1),
    SPANS("spans.jsonl", ArchivedTable.SPAN_ANNOTATION, 1),
    ANSWERS("answers.jsonl", ArchivedTable.DOCUMENT_ANSWER, 1),
    EVENTS("events.jsonl", ArchivedTable.ANNOTATION_EVENT, 1),
    MEMBERS("members.jsonl", ArchivedTable.MEMBERSHIP, 2),
    ASSIGNMENTS("assignments.jsonl", ArchivedTable.ASSIGNMENT, 2),
    GOLD_SPANS("gold_spans.jsonl", ArchivedTable.GOLD_SPAN, 3),
    GOLD_ANSWERS("gold_answers.jsonl", ArchivedTable.GOLD_ANSWER, 3),
    CURATION("curation.jsonl", ArchivedTable.CURATION, 3),
    GOLD_EVENTS("gold_events.jsonl", ArchivedTable.GOLD_EVENT, 3),
    PRE_ANNOTATIONS("pre_annotations.jsonl", ArchivedTable.PRE_ANNOTATION, 5);

    static final String MANIFEST = "manifest.json";

    final String fileName;
    /** The table of each line of a JSON Lines file; the single row of project.json; null for the others. */
    final ArchivedTable table;
    /** The first format version that has the file. */
    final int since;

    ArchiveFile(String fileName, ArchivedTable table, int since) {
        this.fileName = fileName;
        this.table = table;
        this.since = since;
    }

    /** The files of an archive of the format version, in order. */
    static List<ArchiveFile> of(int formatVersion) {
        return Arrays.stream(values()).filter(file -> file.since <= formatVersion).toList();
    }

    /** The JSON Lines files of the format version, in the order they are checked and stored. */
    static List<ArchiveFile> linesOf(int formatVersion) {
        return of(formatVersion).stream().filter(file -> file.fileName.endsWith(".jsonl")).toList();
    }
}
