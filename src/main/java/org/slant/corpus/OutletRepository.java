package org.slant.corpus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutletRepository extends JpaRepository<Outlet, UUID> {

    List<Outlet> findByProjectIdOrderByName(UUID projectId);

    Optional<Outlet> findByProjectIdAndName(UUID projectId, String name);

    @Query("""
            select new org.slant.corpus.OutletDetails(o.id, o.name, o.leaning,
                (select count(d) from Document d where d.outletId = o.id))
            from Outlet o where o.projectId = ?1 order by o.name""")
    List<OutletDetails> findDetails(UUID projectId);
}
