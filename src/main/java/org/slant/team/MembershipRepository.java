package org.slant.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

    Optional<Membership> findByProjectIdAndUserId(UUID projectId, UUID userId);

    List<Membership> findByProjectIdOrderByCreatedAt(UUID projectId);

    List<Membership> findByUserId(UUID userId);
}
