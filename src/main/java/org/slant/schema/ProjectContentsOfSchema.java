package org.slant.schema;

import static org.slant.corpus.ProjectDeletion.counted;

import java.util.List;
import java.util.UUID;
import org.slant.corpus.ProjectContents;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A project's schema, for its deletion: its layers, labels and attributes go with the project by foreign key. */
@Component
@Order(1)
class ProjectContentsOfSchema implements ProjectContents {

    private final JdbcTemplate jdbc;

    ProjectContentsOfSchema(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> describe(UUID projectId) {
        String schema = jdbc.queryForObject("""
                select (select count(*) from layer where project_id = ?),
                       (select count(*) from label l join layer y on y.id = l.layer_id where y.project_id = ?)""",
                (row, n) -> "the schema: " + counted(row.getLong(1), "layer") + " with "
                        + counted(row.getLong(2), "label"), projectId, projectId);
        return List.of(schema);
    }
}
