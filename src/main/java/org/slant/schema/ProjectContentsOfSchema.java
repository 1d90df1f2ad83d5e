package org.slant.schema;

import java.util.List;
import java.util.UUID;
import org.slant.corpus.ProjectContents;
import org.slant.platform.Message;
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
    public List<Message> describe(UUID projectId) {
        Message schema = jdbc.queryForObject("""
                select (select count(*) from layer where project_id = ?),
                       (select count(*) from label l join layer y on y.id = l.layer_id where y.project_id = ?)""",
                (row, n) -> Message.of("schema.contents.schema", row.getLong(1), row.getLong(2)), projectId,
                projectId);
        return List.of(schema);
    }
}
