package org.slant.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

    Optional<Membership> findByProjectIdAndUserId(UUID projectId, UUID userId);

    /** The member's role alone: every request's access check asks it, so no entity and no derived query. */
    @Query("select m.role from Membership m where m.projectId = ?1 and m.userId = ?2")
    Optional<ProjectRole> findRole(UUID projectId, UUID userId);

    List<Membership> findByProjectIdOrderByCreatedAt(UUID projectId);

    List<Membership> findByUserId(UUID userId);
}
