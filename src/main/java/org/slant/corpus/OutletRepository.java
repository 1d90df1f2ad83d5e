package org.slant.corpus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutletRepository extends JpaRepository<Outlet, UUID> {

    List<Outlet> findByProjectIdOrderByName(UUID projectId);

    Optional<Outlet> findByProjectIdAndName(UUID projectId, String name);
}
