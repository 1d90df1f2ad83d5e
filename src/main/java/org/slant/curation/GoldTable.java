package org.slant.curation;

/** The two gold tables, with the SQL that turns one row into the JSON the gold history keeps. */
enum GoldTable {

    SPANS("gold_span", "SPAN", """
            jsonb_build_object('id', g.id, 'documentId', g.document_id, 'layerId', g.layer_id, 'layer', ly.name,
                'labelId', g.label_id, 'label', lb.name, 'start', g.start_offset, 'end', g.end_offset,
                'attributes', g.attributes, 'origin', g.origin, 'originDetail', g.origin_detail,
                'sourceId', g.source_id, 'personMade', g.person_made, 'version', g.version)""",
            "g.start_offset, g.end_offset, g.label_id"),
    ANSWERS("gold_answer", "ANSWER", """
            jsonb_build_object('id', g.id, 'documentId', g.document_id, 'layerId', g.layer_id, 'layer', ly.name,
                'labelId', g.label_id, 'label', lb.name, 'attributes', g.attributes, 'origin', g.origin,
                'originDetail', g.origin_detail, 'sourceId', g.source_id, 'personMade', g.person_made,
                'version', g.version)""",
            "g.layer_id, g.label_id");

    final String table;
    final String target;
    /** The JSON snapshot of row {@code g} (joined with its layer {@code ly} and label {@code lb}). */
    final String snapshot;
    /** The order of a document's rows of {@code g} in the history when many are written at once. */
    final String order;

    GoldTable(String table, String target, String snapshot, String order) {
        this.table = table;
        this.target = target;
        this.snapshot = snapshot;
        this.order = order;
    }

    String from() {
        return " from " + table + " g join layer ly on ly.id = g.layer_id join label lb on lb.id = g.label_id"
                + " join document d on d.id = g.document_id ";
    }
}
