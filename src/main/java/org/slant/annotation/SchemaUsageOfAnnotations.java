package org.slant.annotation;

import java.util.Arrays;
import org.slant.platform.Message;
import org.slant.schema.SchemaUsageInTables;
import org.slant.team.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the schema editor for the annotators' work: how many annotations use a layer, label, attribute or option,
 * and removes them when the manager confirms, each removal recorded in the annotation history.
 */
@Component
// the annotators' work is named first in the schema editor's confirmations
@Order(1)
class SchemaUsageOfAnnotations extends SchemaUsageInTables {

    SchemaUsageOfAnnotations(JdbcTemplate jdbc, CurrentUser currentUser) {
        super(jdbc, Arrays.stream(AnnotationTable.values()).map(table -> new UsingTable(table.table, "a",
                table.from(), table.snapshot, "insert into annotation_event (annotation_id, target, project_id, "
                        + "document_id, actor_id, action, before, after, reason) select a.id, '" + table.target
                        + "', d.project_id, a.document_id, ")).toList(), () -> currentUser.id().orElse(null));
    }

    @Override
    public Message counted(long count) {
        return Message.of("annotation.contents.annotations", count);
    }
}
