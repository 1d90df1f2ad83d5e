package org.slant.annotation;

import java.util.Optional;
import java.util.UUID;
import org.slant.corpus.DocumentDetails;
import org.slant.platform.ForbiddenException;
import org.slant.platform.Message;
import org.slant.team.CurrentUser;
import org.slant.team.ProjectAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose work a document is: once a manager has distributed a project's documents, an annotator works only on those
 * assigned to them; work marked done stays as it is until reopened; and work begins with the first change, not
 * with looking (a manager reading a document takes no one's place on it).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class WorkRules {

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    WorkRules(ProjectAccess access, CurrentUser currentUser, JdbcTemplate jdbc) {
        this.access = access;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /**
     * Before the caller changes their spans or answers on the document: refused when the document is not theirs to
     * annotate or when they marked it done; otherwise their work on it is in progress from now on. The caller's
     * assignment stays locked until the change commits, so marking done in another tab waits for it (or it for that).
     */
    void beforeChange(DocumentDetails document) {
        beforeChange(document.id(), document.projectId());
    }

    /**
     * As {@link #beforeChange(DocumentDetails)}, by the document's and its project's ids. Plain statements, as every
     * save passes here: through the repository and the entity the check cost four times the CPU (saves benchmark).
     * No caller holds the assignment as an entity in the same transaction, so none can overwrite what this writes.
     */
    void beforeChange(UUID documentId, UUID projectId) {
        UUID annotator = caller();
        Optional<AssignmentStatus> mine = lockedStatus(documentId, annotator);
        if (mine.isEmpty()) {
            requireMayTakeUp(projectId);
            jdbc.update("insert into assignment (id, project_id, document_id, annotator_id) values (?, ?, ?, ?) "
                    + "on conflict (document_id, annotator_id) do nothing", UUID.randomUUID(), projectId, documentId,
                    annotator);
            mine = lockedStatus(documentId, annotator);
        }
        AssignmentStatus status = mine.orElseThrow();
        if (status == AssignmentStatus.DONE) {
            throw new DocumentDoneException(documentId);
        }
        if (status == AssignmentStatus.ASSIGNED) {
            jdbc.update("update assignment set status = 'IN_PROGRESS', started_at = now(), version = version + 1 "
                    + "where document_id = ? and annotator_id = ?", documentId, annotator);
        }
    }

    /** The caller's assignment's status, its row locked until the transaction ends. */
    private Optional<AssignmentStatus> lockedStatus(UUID documentId, UUID annotator) {
        return jdbc.query("select status from assignment where document_id = ? and annotator_id = ? for update",
                (row, number) -> AssignmentStatus.valueOf(row.getString(1)), documentId, annotator).stream()
                .findFirst();
    }

    /** Refused when a manager has distributed the project and the caller, an annotator, did not get this document. */
    void requireMayTakeUp(DocumentDetails document) {
        requireMayTakeUp(document.projectId());
    }

    private void requireMayTakeUp(UUID projectId) {
        if (planned(projectId) && !access.seesEveryonesWork(projectId)) {
            throw new ForbiddenException(Message.of("annotation.refusal.not-assigned"));
        }
    }

    /** Whether a manager has distributed the project's documents. */
    boolean planned(UUID projectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from assignment where project_id = ? "
                + "and assigned_by is not null)", Boolean.class, projectId));
    }

    private UUID caller() {
        return currentUser.id().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
