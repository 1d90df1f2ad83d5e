package org.slant.corpus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoryRepository extends JpaRepository<Story, UUID> {

    List<Story> findByProjectIdOrderByTitle(UUID projectId);

    Optional<Story> findByProjectIdAndTitle(UUID projectId, String title);
}
