package org.slant.annotation;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

    /** Locked until the transaction ends, so two tabs reporting at once take turns instead of one failing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assignment a where a.documentId = ?1 and a.annotatorId = ?2")
    Optional<Assignment> findForChange(UUID documentId, UUID annotatorId);

    Optional<Assignment> findByDocumentIdAndAnnotatorId(UUID documentId, UUID annotatorId);

    /**
     * Creates the annotator's row for the document unless there is one; two tabs opening the same document at once
     * then end up with one row instead of one failing on the unique constraint.
     */
    @Modifying
    @Query(value = "insert into assignment (id, project_id, document_id, annotator_id) values (?1, ?2, ?3, ?4) "
            + "on conflict (document_id, annotator_id) do nothing", nativeQuery = true)
    int insertIfMissing(UUID id, UUID projectId, UUID documentId, UUID annotatorId);
}
