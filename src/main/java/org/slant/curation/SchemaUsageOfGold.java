package org.slant.curation;

import java.util.Arrays;
import org.slant.platform.Message;
import org.slant.schema.SchemaUsageInTables;
import org.slant.team.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the schema editor for gold: how many gold spans and answers use a layer, label, attribute or option, and
 * removes them when the manager confirms, curated documents included (their schema is gone either way). Each removal
 * is recorded in the gold history with the reason and no origin: the schema changed, no curator or rule did.
 */
@Component
@Order(2)
class SchemaUsageOfGold extends SchemaUsageInTables {

    SchemaUsageOfGold(JdbcTemplate jdbc, CurrentUser currentUser) {
        super(jdbc, Arrays.stream(GoldTable.values()).map(table -> new UsingTable(table.table, "g", table.from(),
                table.snapshot, "insert into gold_event (gold_id, target, project_id, document_id, origin, actor_id, "
                        + "action, before, after, reason) select g.id, '" + table.target + "', d.project_id, "
                        + "g.document_id, null, ")).toList(), () -> currentUser.id().orElse(null));
    }

    @Override
    public Message counted(long count) {
        return Message.of("curation.contents.gold-annotations", count);
    }
}
