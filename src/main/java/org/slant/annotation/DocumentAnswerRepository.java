package org.slant.annotation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentAnswerRepository extends JpaRepository<DocumentAnswer, UUID> {

    List<DocumentAnswer> findByDocumentIdAndAnnotatorId(UUID documentId, UUID annotatorId);

    Optional<DocumentAnswer> findByDocumentIdAndAnnotatorIdAndLayerIdAndLabelId(UUID documentId, UUID annotatorId,
            UUID layerId, UUID labelId);

    /** Locks the row until the transaction ends, so two tabs' edits of one answer happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from DocumentAnswer a where a.id = ?1")
    Optional<DocumentAnswer> findForChange(UUID id);
}
