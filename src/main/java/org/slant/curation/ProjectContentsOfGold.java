package org.slant.curation;

import java.util.List;
import java.util.UUID;
import org.slant.corpus.ProjectContents;
import org.slant.platform.Message;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A project's gold, for its deletion: gold goes with the documents by foreign key; its history is deleted here. */
@Component
@Order(3)
class ProjectContentsOfGold implements ProjectContents {

    private final JdbcTemplate jdbc;

    ProjectContentsOfGold(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Message> describe(UUID projectId) {
        return jdbc.queryForObject("""
                select (select count(*) from gold_span s join document d on d.id = s.document_id
                        where d.project_id = ?),
                       (select count(*) from gold_answer a join document d on d.id = a.document_id
                        where d.project_id = ?),
                       (select count(*) from curation where project_id = ? and status = 'CURATED')""",
                (row, n) -> row.getLong(1) + row.getLong(2) == 0 && row.getLong(3) == 0 ? List.<Message>of()
                        : List.of(Message.of("curation.contents.gold", row.getLong(1), row.getLong(2),
                                row.getLong(3))), projectId, projectId, projectId);
    }

    @Override
    public void deleteWith(UUID projectId) {
        jdbc.update("delete from gold_event where project_id = ?", projectId);
    }
}
