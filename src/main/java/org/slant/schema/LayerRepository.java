package org.slant.schema;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LayerRepository extends JpaRepository<Layer, UUID> {

    List<Layer> findByProjectIdOrderByPosition(UUID projectId);

    @Query("select coalesce(max(l.position), 0) from Layer l where l.projectId = ?1")
    int findLastPosition(UUID projectId);
}
