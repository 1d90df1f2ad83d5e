package org.slant.annotation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpanAnnotationRepository extends JpaRepository<SpanAnnotation, UUID> {

    List<SpanAnnotation> findByDocumentIdAndAnnotatorIdOrderByStartAscEndAsc(UUID documentId, UUID annotatorId);
}
