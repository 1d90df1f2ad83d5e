package org.slant.annotation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SpanAnnotationRepository extends JpaRepository<SpanAnnotation, UUID> {

    List<SpanAnnotation> findByDocumentIdAndAnnotatorIdOrderByStartAscEndAsc(UUID documentId, UUID annotatorId);

    List<SpanAnnotation> findByDocumentIdAndAnnotatorIdAndLayerIdAndStartLessThanAndEndGreaterThan(UUID documentId,
            UUID annotatorId, UUID layerId, int end, int start);

    /** Locks the row until the transaction ends, so two tabs' edits of one span happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SpanAnnotation s where s.id = ?1")
    Optional<SpanAnnotation> findForChange(UUID id);
}
