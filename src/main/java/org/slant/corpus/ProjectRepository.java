package org.slant.corpus;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, UUID> {

    @Query("""
            select new org.slant.corpus.ProjectSummary(p.id, p.name, p.description, p.createdAt,
                (select count(d) from Document d where d.projectId = p.id),
                (select count(s) from Story s where s.projectId = p.id),
                (select count(o) from Outlet o where o.projectId = p.id))
            from Project p order by p.createdAt, p.name""")
    List<ProjectSummary> findSummaries();

    @Query("""
            select new org.slant.corpus.ProjectSummary(p.id, p.name, p.description, p.createdAt,
                (select count(d) from Document d where d.projectId = p.id),
                (select count(s) from Story s where s.projectId = p.id),
                (select count(o) from Outlet o where o.projectId = p.id))
            from Project p where p.id = ?1""")
    Optional<ProjectSummary> findSummary(UUID id);

    @Query("""
            select new org.slant.corpus.ProjectDetails(p.id, p.name, p.description, p.guidelines,
                p.annotatorsPerDocument, p.blind, p.snapToWords, p.outletBlind, p.createdAt,
                (select count(d) from Document d where d.projectId = p.id),
                (select count(s) from Story s where s.projectId = p.id),
                (select count(o) from Outlet o where o.projectId = p.id))
            from Project p where p.id = ?1""")
    Optional<ProjectDetails> findDetails(UUID id);

    /** Whether the project's annotators read its articles blinded; empty when there is no such project. */
    @Query("select p.outletBlind from Project p where p.id = ?1")
    Optional<Boolean> findOutletBlind(UUID id);

    /** The project, locked against changes by others until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = ?1")
    Optional<Project> lockById(UUID id);
}
