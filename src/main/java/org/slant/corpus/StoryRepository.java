package org.slant.corpus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoryRepository extends JpaRepository<Story, UUID> {

    List<Story> findByProjectIdOrderByTitle(UUID projectId);

    Optional<Story> findByProjectIdAndTitle(UUID projectId, String title);

    @Query("""
            select new org.slant.corpus.StoryDetails(s.id, s.title, s.eventDate, s.description, s.mainEntities,
                (select count(d) from Document d where d.storyId = s.id))
            from Story s where s.projectId = ?1 order by s.eventDate desc nulls last, s.title""")
    List<StoryDetails> findDetails(UUID projectId);
}
