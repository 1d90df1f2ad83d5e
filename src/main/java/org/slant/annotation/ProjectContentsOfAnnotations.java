package org.slant.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.corpus.ProjectContents;
import org.slant.platform.Message;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The annotators' work in a project, for its deletion: spans, answers and assignments go with the project's documents
 * by foreign key; the history has none, so it is deleted here.
 */
@Component
@Order(2)
class ProjectContentsOfAnnotations implements ProjectContents {

    private final JdbcTemplate jdbc;

    ProjectContentsOfAnnotations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Message> describe(UUID projectId) {
        return jdbc.queryForObject("""
                with spans as (select s.annotator_id from span_annotation s join document d on d.id = s.document_id
                               where d.project_id = ?),
                     answers as (select a.annotator_id from document_answer a join document d on d.id = a.document_id
                                 where d.project_id = ?)
                select (select count(*) from spans), (select count(*) from answers),
                       (select count(*) from (select annotator_id from spans union select annotator_id from answers) w),
                       (select count(*) from assignment where project_id = ?),
                       (select count(*) from pre_annotation where project_id = ?),
                       (select count(*) from annotation_event where project_id = ?)""", (row, n) -> {
            List<Message> parts = new ArrayList<>();
            if (row.getLong(1) + row.getLong(2) + row.getLong(4) == 0) {
                parts.add(Message.of("annotation.contents.none"));
            } else {
                parts.add(Message.of("annotation.contents.work", row.getLong(1), row.getLong(2), row.getLong(3),
                        row.getLong(4)));
            }
            if (row.getLong(5) > 0) {
                parts.add(Message.of("annotation.contents.pre-annotations", row.getLong(5)));
            }
            if (row.getLong(6) > 0) {
                parts.add(Message.of("annotation.contents.history", row.getLong(6)));
            }
            return parts;
        }, projectId, projectId, projectId, projectId, projectId);
    }

    @Override
    public void deleteWith(UUID projectId) {
        jdbc.update("delete from annotation_event where project_id = ?", projectId);
    }
}
