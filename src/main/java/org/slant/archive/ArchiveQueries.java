package org.slant.archive;

/**
 * The SQL that reads a project's rows as JSON, one JSON text per result row. PostgreSQL writes the JSON itself
 * (row_to_json), so values come out exactly as stored: text untouched, timestamps to the microsecond, JSON columns
 * as they are. Every query takes the project's id as {@code :project}.
 */
final class ArchiveQueries {

    /** The project's layers in order, each with its labels and attributes in order, and how many layers. */
    static final String SCHEMA = """
            select json_build_object('layers', coalesce(json_agg(x order by t.position, t.id), '[]'::json))::text,
                count(*)
            from layer t cross join lateral (select %s,
                (select coalesce(json_agg(lx order by lb.position, lb.id), '[]'::json)
                 from label lb cross join lateral (select %s) lx where lb.layer_id = t.id) as labels,
                (select coalesce(json_agg(ax order by ad.position, ad.id), '[]'::json)
                 from attribute_definition ad cross join lateral (select %s) ax where ad.layer_id = t.id) as attributes
            ) x
            where t.project_id = :project""".formatted(ArchivedTable.LAYER.columnsOf("t"),
            ArchivedTable.LABEL.columnsOf("lb"), ArchivedTable.ATTRIBUTE_DEFINITION.columnsOf("ad"));

    static final String SCHEMA_COUNTS = """
            select (select count(*) from label lb join layer t on t.id = lb.layer_id where t.project_id = :project),
                (select count(*) from attribute_definition ad join layer t on t.id = ad.layer_id
                 where t.project_id = :project)""";

    /**
     * The accounts the project names: annotators, the actors of events, the annotators in the events' snapshots
     * (whose annotations may be gone), members (a manager who annotated nothing included), the annotators and
     * assigners of assignments, whoever changed gold or a document's curation status, and whoever imported
     * pre-annotations. Never their password hashes.
     */
    static final String ANNOTATORS = """
            select json_build_object('annotators', coalesce(json_agg(x order by u.username, u.id), '[]'::json))::text,
                count(*)
            from app_user u cross join lateral (select u.id, u.username, u.display_name) x
            where u.id::text in (
                select a.annotator_id::text from span_annotation a join document d on d.id = a.document_id
                where d.project_id = :project
                union select a.annotator_id::text from document_answer a join document d on d.id = a.document_id
                where d.project_id = :project
                union select e.actor_id::text from annotation_event e where e.project_id = :project
                union select s.snapshot ->> 'annotatorId' from annotation_event e
                    cross join lateral (values (e.before), (e.after)) s(snapshot)
                where e.project_id = :project
                union select m.user_id::text from membership m where m.project_id = :project
                union select a.annotator_id::text from assignment a where a.project_id = :project
                union select a.assigned_by::text from assignment a where a.project_id = :project
                union select c.changed_by::text from curation c where c.project_id = :project
                union select e.actor_id::text from gold_event e where e.project_id = :project
                union select p.imported_by::text from pre_annotation p where p.project_id = :project)""";

    private ArchiveQueries() {
    }

    /** The query whose rows, one a line, make up the file. */
    static String of(ArchiveFile file) {
        return switch (file) {
            case PROJECT -> rows(ArchivedTable.PROJECT, "project t", "t.id = :project", "t.id");
            case SCHEMA -> SCHEMA;
            case ANNOTATORS -> ANNOTATORS;
            case STORIES -> rows(ArchivedTable.STORY, "story t", "t.project_id = :project", "t.created_at, t.id");
            case OUTLETS -> rows(ArchivedTable.OUTLET, "outlet t", "t.project_id = :project", "t.created_at, t.id");
            case DOCUMENTS -> rows(ArchivedTable.DOCUMENT, "document t", "t.project_id = :project", "t.position");
            case SPANS -> rows(ArchivedTable.SPAN_ANNOTATION,
                    "span_annotation t join document d on d.id = t.document_id", "d.project_id = :project",
                    "d.position, t.start_offset, t.end_offset, t.id");
            case ANSWERS -> rows(ArchivedTable.DOCUMENT_ANSWER,
                    "document_answer t join document d on d.id = t.document_id", "d.project_id = :project",
                    "d.position, t.created_at, t.id");
            case EVENTS -> rows(ArchivedTable.ANNOTATION_EVENT, "annotation_event t", "t.project_id = :project",
                    "t.id");
            case MEMBERS -> rows(ArchivedTable.MEMBERSHIP, "membership t", "t.project_id = :project",
                    "t.created_at, t.id");
            case ASSIGNMENTS -> rows(ArchivedTable.ASSIGNMENT,
                    "assignment t join document d on d.id = t.document_id", "t.project_id = :project",
                    "d.position, t.assigned_at, t.id");
            case GOLD_SPANS -> rows(ArchivedTable.GOLD_SPAN, "gold_span t join document d on d.id = t.document_id",
                    "d.project_id = :project", "d.position, t.start_offset, t.end_offset, t.id");
            case GOLD_ANSWERS -> rows(ArchivedTable.GOLD_ANSWER,
                    "gold_answer t join document d on d.id = t.document_id", "d.project_id = :project",
                    "d.position, t.created_at, t.id");
            case CURATION -> rows(ArchivedTable.CURATION, "curation t join document d on d.id = t.document_id",
                    "t.project_id = :project", "d.position");
            case GOLD_EVENTS -> rows(ArchivedTable.GOLD_EVENT, "gold_event t", "t.project_id = :project", "t.id");
            case PRE_ANNOTATIONS -> rows(ArchivedTable.PRE_ANNOTATION,
                    "pre_annotation t join document d on d.id = t.document_id", "t.project_id = :project",
                    "d.position, t.start_offset, t.end_offset, t.source, t.id");
        };
    }

    /**
     * The schema and annotators queries answer a single row: the file's one JSON document, and how many things
     * (layers, annotators) it lists.
     */
    static boolean isOneDocument(ArchiveFile file) {
        return file == ArchiveFile.SCHEMA || file == ArchiveFile.ANNOTATORS;
    }

    /** One JSON object per row of {@code table} (alias {@code t} in {@code from}), in the given order. */
    private static String rows(ArchivedTable table, String from, String where, String orderBy) {
        return "select row_to_json(x)::text from " + from + " cross join lateral (select " + table.columnsOf("t")
                + ") x where " + where + " order by " + orderBy;
    }
}
