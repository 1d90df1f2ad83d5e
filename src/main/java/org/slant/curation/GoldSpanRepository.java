package org.slant.curation;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GoldSpanRepository extends JpaRepository<StoredGoldSpan, UUID> {

    List<StoredGoldSpan> findByDocumentIdOrderByStartAscEndAsc(UUID documentId);

    List<StoredGoldSpan> findByDocumentIdAndLayerIdAndStartLessThanAndEndGreaterThan(UUID documentId, UUID layerId,
            int end, int start);

    /** (document id, number of gold spans) of those of the documents that have any. */
    @Query("select s.documentId, count(s) from StoredGoldSpan s where s.documentId in ?1 group by s.documentId")
    List<Object[]> countByDocument(Collection<UUID> documentIds);

    @Query("select s.documentId from StoredGoldSpan s where s.id = ?1")
    Optional<UUID> documentOf(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StoredGoldSpan s where s.id = ?1")
    Optional<StoredGoldSpan> findForChange(UUID id);
}
