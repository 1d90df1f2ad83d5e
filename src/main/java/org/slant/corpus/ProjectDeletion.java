package org.slant.corpus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.Message;
import org.slant.team.CurrentUser;
import org.slant.team.Memberships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a project with everything in it, for its managers (and admins), once they have been told what goes
 * (decision 0033). What remains is one row of {@code project_deletion}: which project, who, when, what went.
 */
@Service
public class ProjectDeletion {

    private static final Logger log = LoggerFactory.getLogger(ProjectDeletion.class);

    /**
     * What deleting the project takes with it, in the confirmation's words: in English (the REST API's) and by key.
     */
    public record WhatGoes(String projectName, List<String> parts, @JsonIgnore List<Message> said) {

        static WhatGoes of(String projectName, List<Message> said) {
            return new WhatGoes(projectName, said.stream().map(Message::english).toList(), List.copyOf(said));
        }

        /** The parts in the reader's language. */
        public List<String> parts(Locale reader) {
            return said.stream().map(part -> part.in(reader)).toList();
        }

        public String sentence() {
            return "Deleting project '" + projectName + "' deletes, for everyone: " + String.join("; ", parts)
                    + ". This cannot be undone; only an archive of the project (Archive tab) brings it back.";
        }
    }

    private final CorpusService corpus;
    private final Memberships memberships;
    private final List<ProjectContents> contents;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    ProjectDeletion(CorpusService corpus, Memberships memberships, List<ProjectContents> contents,
            CurrentUser currentUser, JdbcTemplate jdbc) {
        this.corpus = corpus;
        this.memberships = memberships;
        this.contents = contents;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** What would go, for a manager to confirm; others are refused. */
    @Transactional(readOnly = true)
    public WhatGoes whatGoes(UUID projectId) {
        ProjectSummary project = corpus.projectToChange(projectId);
        List<Message> parts = new ArrayList<>();
        parts.add(jdbc.queryForObject("""
                select (select count(*) from document where project_id = ?), (select count(*) from story
                where project_id = ?), (select count(*) from outlet where project_id = ?)""",
                (row, n) -> Message.of("corpus.contents.documents", row.getLong(1), row.getLong(2), row.getLong(3)),
                projectId, projectId, projectId));
        contents.forEach(feature -> parts.addAll(feature.describe(projectId)));
        parts.add(Message.of("corpus.contents.members", memberships.members(projectId).size()));
        return WhatGoes.of(project.name(), parts);
    }

    /**
     * Deletes the project if {@code confirmed}; otherwise refuses with what would go. One transaction: the project
     * row is locked first, so a concurrent change of its settings or schema waits, and a failure deletes nothing.
     */
    @Transactional
    public WhatGoes delete(UUID projectId, boolean confirmed) {
        corpus.projectToChange(projectId);
        jdbc.queryForObject("select id from project where id = ? for update", UUID.class, projectId);
        WhatGoes what = whatGoes(projectId);
        if (!confirmed) {
            throw new ConfirmationRequiredException(what.sentence(), 0);
        }
        contents.forEach(feature -> feature.deleteWith(projectId));
        jdbc.update("delete from project where id = ?", projectId);
        UUID deletedBy = currentUser.id().orElse(null);
        jdbc.update("insert into project_deletion (project_id, name, deleted_by, what_went) values (?, ?, ?, ?)",
                projectId, what.projectName(), deletedBy, String.join("; ", what.parts()));
        log.info("Project {} ('{}') deleted by {}: {}", projectId, what.projectName(),
                currentUser.username().orElse("Slant"), String.join("; ", what.parts()));
        return what;
    }
}
