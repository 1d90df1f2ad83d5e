package org.slant.corpus;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, UUID> {

    /** One page of a project's documents, without their texts. */
    @Query(value = """
            select new org.slant.corpus.DocumentSummary(d.id, d.position, d.title, o.name, s.title, d.words,
                d.published)
            from Document d left join Outlet o on o.id = d.outletId left join Story s on s.id = d.storyId
            where d.projectId = ?1 order by d.position""",
            countQuery = "select count(d) from Document d where d.projectId = ?1")
    Page<DocumentSummary> findSummaries(UUID projectId, Pageable page);

    @Query("""
            select new org.slant.corpus.DocumentDetails(d.id, d.projectId, p.name, d.position, d.title,
                o.id, o.name, s.id, s.title, d.url, d.published, d.externalId, d.meta, d.text, d.textSha256,
                d.codePoints, d.words)
            from Document d join Project p on p.id = d.projectId
                left join Outlet o on o.id = d.outletId left join Story s on s.id = d.storyId
            where d.id = ?1""")
    Optional<DocumentDetails> findDetails(UUID id);

    @Query("select coalesce(max(d.position), 0) from Document d where d.projectId = ?1")
    int findLastPosition(UUID projectId);

    boolean existsByProjectIdAndTextSha256(UUID projectId, String textSha256);
}
