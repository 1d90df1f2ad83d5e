package org.slant.annotation;

/**
 * The two tables annotations live in, with the SQL that turns one row into the JSON the history keeps. Bulk
 * changes (from schema edits) run as SQL over these tables, so the history's snapshot is defined here, once.
 */
enum AnnotationTable {

    SPANS("span_annotation", "SPAN", """
            jsonb_build_object('id', a.id, 'documentId', a.document_id, 'annotatorId', a.annotator_id,
                'layerId', a.layer_id, 'layer', ly.name, 'labelId', a.label_id, 'label', lb.name,
                'start', a.start_offset, 'end', a.end_offset, 'attributes', a.attributes, 'version', a.version)"""),
    ANSWERS("document_answer", "ANSWER", """
            jsonb_build_object('id', a.id, 'documentId', a.document_id, 'annotatorId', a.annotator_id,
                'layerId', a.layer_id, 'layer', ly.name, 'labelId', a.label_id, 'label', lb.name,
                'attributes', a.attributes, 'version', a.version)""");

    final String table;
    final String target;
    /** The JSON snapshot of row {@code a} (joined with its layer {@code ly} and label {@code lb}). */
    final String snapshot;

    AnnotationTable(String table, String target, String snapshot) {
        this.table = table;
        this.target = target;
        this.snapshot = snapshot;
    }

    /** FROM clause joining what the snapshot and the history's project id need. */
    String from() {
        return fromRows(table + " a");
    }

    /** As {@link #from}, over {@code rows} (aliased {@code a}) instead of the table, e.g. an insert's returned rows. */
    String fromRows(String rows) {
        return " from " + rows + " join layer ly on ly.id = a.layer_id join label lb on lb.id = a.label_id"
                + " join document d on d.id = a.document_id ";
    }
}
