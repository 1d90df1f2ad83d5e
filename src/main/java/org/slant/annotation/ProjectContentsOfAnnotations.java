package org.slant.annotation;

import static org.slant.corpus.ProjectDeletion.counted;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.corpus.ProjectContents;
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
    public List<String> describe(UUID projectId) {
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
            List<String> parts = new ArrayList<>();
            if (row.getLong(1) + row.getLong(2) + row.getLong(4) == 0) {
                parts.add("no annotations or assignments yet");
            } else {
                parts.add(counted(row.getLong(1), "span") + " and " + counted(row.getLong(2), "answer") + " by "
                        + counted(row.getLong(3), "annotator") + ", with " + counted(row.getLong(4), "assignment"));
            }
            if (row.getLong(5) > 0) {
                parts.add(counted(row.getLong(5), "pre-annotation"));
            }
            if (row.getLong(6) > 0) {
                parts.add("the history of their " + counted(row.getLong(6), "change"));
            }
            return parts;
        }, projectId, projectId, projectId, projectId, projectId);
    }

    @Override
    public void deleteWith(UUID projectId) {
        jdbc.update("delete from annotation_event where project_id = ?", projectId);
    }
}
