package org.slant.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of every table that holds a project's data, each as the database's own JSON of the whole row (so a
 * column added later is compared too), in a fixed order: what "the same project" means, row for row.
 */
final class ProjectRows {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        // the schema's version counts this installation's schema edits for the servers' caches; a copy starts its own
        QUERIES.put("project", "select (to_jsonb(t) - 'schema_version')::text from project t where t.id = ?");
        QUERIES.put("story", "select row_to_json(t)::text from story t where t.project_id = ? order by t.id");
        QUERIES.put("outlet", "select row_to_json(t)::text from outlet t where t.project_id = ? order by t.id");
        QUERIES.put("document", "select row_to_json(t)::text from document t where t.project_id = ? order by t.id");
        QUERIES.put("layer", "select row_to_json(t)::text from layer t where t.project_id = ? order by t.id");
        QUERIES.put("label", "select row_to_json(t)::text from label t join layer y on y.id = t.layer_id "
                + "where y.project_id = ? order by t.id");
        QUERIES.put("attribute_definition", "select row_to_json(t)::text from attribute_definition t "
                + "join layer y on y.id = t.layer_id where y.project_id = ? order by t.id");
        QUERIES.put("span_annotation", "select row_to_json(t)::text from span_annotation t "
                + "join document d on d.id = t.document_id where d.project_id = ? order by t.id");
        QUERIES.put("document_answer", "select row_to_json(t)::text from document_answer t "
                + "join document d on d.id = t.document_id where d.project_id = ? order by t.id");
        QUERIES.put("membership", "select row_to_json(t)::text from membership t where t.project_id = ? "
                + "order by t.id");
        QUERIES.put("assignment", "select row_to_json(t)::text from assignment t where t.project_id = ? "
                + "order by t.id");
        QUERIES.put("gold_span", "select row_to_json(t)::text from gold_span t "
                + "join document d on d.id = t.document_id where d.project_id = ? order by t.id");
        QUERIES.put("gold_answer", "select row_to_json(t)::text from gold_answer t "
                + "join document d on d.id = t.document_id where d.project_id = ? order by t.id");
        QUERIES.put("curation", "select row_to_json(t)::text from curation t where t.project_id = ? "
                + "order by t.document_id");
        QUERIES.put("pre_annotation", "select row_to_json(t)::text from pre_annotation t where t.project_id = ? "
                + "order by t.id");
        // the histories' ids are numbers of the installation: compared without them, in their order
        QUERIES.put("annotation_event", "select (to_jsonb(t) - 'id')::text from annotation_event t "
                + "where t.project_id = ? order by t.id");
        QUERIES.put("gold_event", "select (to_jsonb(t) - 'id')::text from gold_event t "
                + "where t.project_id = ? order by t.id");
    }

    private ProjectRows() {
    }

    /** Table name to its rows for the project. */
    static Map<String, List<String>> of(JdbcTemplate jdbc, UUID projectId) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        QUERIES.forEach((table, sql) -> rows.put(table, jdbc.queryForList(sql, String.class, projectId)));
        return rows;
    }

    /** The rows with every occurrence of each user id replaced by the one it maps to. */
    static Map<String, List<String>> withUserIds(Map<String, List<String>> rows, Map<UUID, UUID> userIds) {
        Map<String, List<String>> mapped = new LinkedHashMap<>();
        rows.forEach((table, list) -> mapped.put(table, list.stream().map(row -> {
            String result = row;
            for (Map.Entry<UUID, UUID> ids : userIds.entrySet()) {
                result = result.replace(ids.getKey().toString(), ids.getValue().toString());
            }
            return result;
        }).toList()));
        return mapped;
    }
}
