package org.slant.archive;

import static org.slant.archive.Column.generated;
import static org.slant.archive.Column.optional;
import static org.slant.archive.Column.required;
import static org.slant.archive.ColumnType.BIGINT;
import static org.slant.archive.ColumnType.BOOLEAN;
import static org.slant.archive.ColumnType.DATE;
import static org.slant.archive.ColumnType.INTEGER;
import static org.slant.archive.ColumnType.JSON;
import static org.slant.archive.ColumnType.TEXT;
import static org.slant.archive.ColumnType.TIMESTAMP;
import static org.slant.archive.ColumnType.UUID;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables a project's data lives in, with every column an archive carries (format version 6; version 1 had no
 * memberships and assignments, version 2 no gold, version 3 no outlet blinding, version 4 no pre-annotations,
 * version 5 no document languages). Export, import and the checks of an
 * archive all read their columns from here, so the
 * three cannot drift apart; a test compares this list with the database's own, so a migration that adds a column
 * fails until the archive carries it.
 */
enum ArchivedTable {

    PROJECT("project", List.of(required("id", UUID), required("name", TEXT), required("description", TEXT),
            required("guidelines", TEXT), required("annotators_per_document", INTEGER), required("blind", BOOLEAN),
            required("snap_to_words", BOOLEAN), required("created_at", TIMESTAMP),
            required("outlet_blind", BOOLEAN).since(4, "false"))),
    STORY("story", List.of(required("id", UUID), required("project_id", UUID), required("title", TEXT),
            optional("event_date", DATE), required("description", TEXT), required("main_entities", JSON),
            required("created_at", TIMESTAMP))),
    OUTLET("outlet", List.of(required("id", UUID), required("project_id", UUID), required("name", TEXT),
            optional("leaning", TEXT), required("meta", JSON), required("created_at", TIMESTAMP))),
    DOCUMENT("document", List.of(required("id", UUID), required("project_id", UUID), required("position", INTEGER),
            optional("story_id", UUID), optional("outlet_id", UUID), required("title", TEXT), optional("url", TEXT),
            optional("published", DATE), optional("external_id", TEXT), required("meta", JSON),
            required("text", TEXT), required("text_sha256", TEXT), required("code_points", INTEGER),
            required("words", INTEGER), required("created_at", TIMESTAMP),
            optional("language", TEXT).since(6, "null"))),
    LAYER("layer", List.of(required("id", UUID), required("project_id", UUID), required("position", INTEGER),
            required("name", TEXT), required("kind", TEXT), required("overlap_allowed", BOOLEAN),
            required("ordered", BOOLEAN), required("description", TEXT))),
    LABEL("label", List.of(required("id", UUID), required("layer_id", UUID), required("position", INTEGER),
            required("name", TEXT), required("colour", TEXT), optional("key_binding", TEXT),
            required("description", TEXT))),
    ATTRIBUTE_DEFINITION("attribute_definition", List.of(required("id", UUID), required("layer_id", UUID),
            optional("label_id", UUID), required("position", INTEGER), required("name", TEXT),
            required("type", TEXT), required("options", JSON), required("required", BOOLEAN),
            optional("condition_attribute_id", UUID), optional("condition_value", TEXT),
            required("description", TEXT))),
    SPAN_ANNOTATION("span_annotation", List.of(required("id", UUID), required("document_id", UUID),
            required("annotator_id", UUID), required("layer_id", UUID), required("label_id", UUID),
            required("start_offset", INTEGER), required("end_offset", INTEGER), required("attributes", JSON),
            required("created_at", TIMESTAMP), required("updated_at", TIMESTAMP), required("version", BIGINT))),
    DOCUMENT_ANSWER("document_answer", List.of(required("id", UUID), required("document_id", UUID),
            required("annotator_id", UUID), required("layer_id", UUID), required("label_id", UUID),
            required("attributes", JSON), required("created_at", TIMESTAMP), required("updated_at", TIMESTAMP),
            required("version", BIGINT))),
    ANNOTATION_EVENT("annotation_event", List.of(generated("id", BIGINT), required("annotation_id", UUID),
            required("target", TEXT), required("project_id", UUID), required("document_id", UUID),
            optional("actor_id", UUID), required("action", TEXT), required("at", TIMESTAMP),
            optional("before", JSON), optional("after", JSON), optional("reason", TEXT))),
    MEMBERSHIP("membership", List.of(required("id", UUID), required("project_id", UUID), required("user_id", UUID),
            required("role", TEXT), required("created_at", TIMESTAMP))),
    ASSIGNMENT("assignment", List.of(required("id", UUID), required("project_id", UUID),
            required("document_id", UUID), required("annotator_id", UUID), required("status", TEXT),
            required("active_seconds", INTEGER), required("assigned_at", TIMESTAMP), optional("started_at", TIMESTAMP),
            optional("finished_at", TIMESTAMP), required("version", BIGINT), optional("assigned_by", UUID))),
    GOLD_SPAN("gold_span", List.of(required("id", UUID), required("document_id", UUID), required("layer_id", UUID),
            required("label_id", UUID), required("start_offset", INTEGER), required("end_offset", INTEGER),
            required("attributes", JSON), required("origin", TEXT), optional("origin_detail", TEXT),
            optional("source_id", UUID), required("person_made", BOOLEAN), required("created_at", TIMESTAMP),
            required("updated_at", TIMESTAMP), required("version", BIGINT))),
    GOLD_ANSWER("gold_answer", List.of(required("id", UUID), required("document_id", UUID),
            required("layer_id", UUID), required("label_id", UUID), required("attributes", JSON),
            required("origin", TEXT), optional("origin_detail", TEXT), optional("source_id", UUID),
            required("person_made", BOOLEAN), required("created_at", TIMESTAMP), required("updated_at", TIMESTAMP),
            required("version", BIGINT))),
    CURATION("curation", List.of(required("document_id", UUID), required("project_id", UUID),
            required("status", TEXT), optional("changed_by", UUID), required("changed_at", TIMESTAMP))),
    GOLD_EVENT("gold_event", List.of(generated("id", BIGINT), optional("gold_id", UUID), required("target", TEXT),
            required("project_id", UUID), required("document_id", UUID), optional("actor_id", UUID),
            required("action", TEXT), optional("origin", TEXT), required("at", TIMESTAMP), optional("before", JSON),
            optional("after", JSON), optional("reason", TEXT))),
    PRE_ANNOTATION("pre_annotation", List.of(required("id", UUID), required("project_id", UUID),
            required("document_id", UUID), required("source", TEXT), required("layer_id", UUID),
            required("label_id", UUID), required("start_offset", INTEGER), required("end_offset", INTEGER),
            required("attributes", JSON), required("imported_from", TEXT), optional("imported_by", UUID),
            required("imported_at", TIMESTAMP)));

    final String table;
    final List<Column> columns;

    ArchivedTable(String table, List<Column> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** "alias.id, alias.name, ...": every archived column, in the archive's order. */
    String columnsOf(String alias) {
        return columns.stream().map(column -> alias + "." + column.name()).collect(Collectors.joining(", "));
    }

    /** The columns an import writes: all but those the database numbers itself. */
    List<Column> storedColumns() {
        return columns.stream().filter(column -> !column.generated()).toList();
    }

    /** The columns an archive of the format version has. */
    List<Column> columns(int formatVersion) {
        return columns.stream().filter(column -> column.in(formatVersion)).toList();
    }
}
