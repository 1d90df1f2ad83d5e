package org.slant.curation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GoldAnswerRepository extends JpaRepository<StoredGoldAnswer, UUID> {

    List<StoredGoldAnswer> findByDocumentId(UUID documentId);

    Optional<StoredGoldAnswer> findByDocumentIdAndLayerIdAndLabelId(UUID documentId, UUID layerId, UUID labelId);

    @Query("select a.documentId from StoredGoldAnswer a where a.id = ?1")
    Optional<UUID> documentOf(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from StoredGoldAnswer a where a.id = ?1")
    Optional<StoredGoldAnswer> findForChange(UUID id);
}
