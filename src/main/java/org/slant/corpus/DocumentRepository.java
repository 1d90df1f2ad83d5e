package org.slant.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, UUID> {

    /**
     * One page of a project's documents, without their texts, optionally only those of a story and outlet and those
     * whose title or text contains {@code pattern} (a lower-case LIKE pattern).
     */
    @Query(value = """
            select new org.slant.corpus.DocumentSummary(d.id, d.position, d.title, o.name, s.title, d.words,
                d.published, d.language)
            from Document d left join Outlet o on o.id = d.outletId left join Story s on s.id = d.storyId
            where d.projectId = :projectId""" + FILTER + " order by d.position",
            countQuery = "select count(d) from Document d where d.projectId = :projectId" + FILTER)
    Page<DocumentSummary> findSummaries(UUID projectId, UUID storyId, UUID outletId, String pattern, String language,
            Pageable page);

    String FILTER = " and (:storyId is null or d.storyId = :storyId)"
            + " and (:language is null or d.language = :language)"
            + " and (:outletId is null or d.outletId = :outletId)"
            + " and (:pattern is null or lower(d.title) like :pattern escape '\\'"
            + " or lower(d.text) like :pattern escape '\\')";

    @Modifying
    @Query("update Document d set d.storyId = :storyId where d.projectId = :projectId and d.id in :documentIds")
    int assignStory(UUID projectId, List<UUID> documentIds, UUID storyId);

    @Modifying
    @Query("update Document d set d.outletId = :outletId where d.projectId = :projectId and d.id in :documentIds")
    int assignOutlet(UUID projectId, List<UUID> documentIds, UUID outletId);

    @Query("""
            select new org.slant.corpus.DocumentDetails(d.id, d.projectId, p.name, d.position, d.title,
                o.id, o.name, s.id, s.title, d.url, d.published, d.externalId, d.meta, d.text, d.textSha256,
                d.codePoints, d.words, d.language)
            from Document d join Project p on p.id = d.projectId
                left join Outlet o on o.id = d.outletId left join Story s on s.id = d.storyId
            where d.id = ?1""")
    Optional<DocumentDetails> findDetails(UUID id);

    @Query("select distinct d.language from Document d where d.projectId = ?1 and d.language is not null "
            + "order by d.language")
    List<String> findLanguages(UUID projectId);

    @Query("select d.text from Document d where d.id = ?1")
    Optional<String> findText(UUID id);

    @Query("""
            select new org.slant.corpus.DocumentDetails(d.id, d.projectId, p.name, d.position, d.title,
                o.id, o.name, s.id, s.title, d.url, d.published, d.externalId, d.meta, d.text, d.textSha256,
                d.codePoints, d.words, d.language)
            from Document d join Project p on p.id = d.projectId
                left join Outlet o on o.id = d.outletId join Story s on s.id = d.storyId
            where d.storyId = ?1
            order by d.position""")
    List<DocumentDetails> findDetailsOfStory(UUID storyId);

    @Query("select coalesce(max(d.position), 0) from Document d where d.projectId = ?1")
    int findLastPosition(UUID projectId);

    boolean existsByProjectIdAndTextSha256(UUID projectId, String textSha256);

    /** Which of these texts (by SHA-256) the project already has. */
    @Query("select d.textSha256 from Document d where d.projectId = ?1 and d.textSha256 in ?2")
    List<String> findTextSha256s(UUID projectId, Collection<String> sha256s);
}
