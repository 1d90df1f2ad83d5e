package org.slant.team;

import java.util.List;
import java.util.UUID;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to a project and in which role; changed by its managers (and admins). */
@Service
@Transactional
public class Memberships {

    private final MembershipRepository memberships;
    private final UserRepository users;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    Memberships(MembershipRepository memberships, UserRepository users, ProjectAccess access,
            CurrentUser currentUser) {
        this.memberships = memberships;
        this.users = users;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The one who creates a project manages it (Slant itself, at start-up, is no one's member). */
    public void makeCreatorManager(UUID projectId) {
        currentUser.id().filter(user -> memberships.findByProjectIdAndUserId(projectId, user).isEmpty())
                .ifPresent(user -> memberships.saveAndFlush(new Membership(projectId, user, ProjectRole.MANAGER)));
    }

    /**
     * Whoever imports a project archive manages the copy, as whoever creates a project manages it: a member in
     * another role (the archive made them an annotator or curator) becomes its manager.
     */
    public void makeImporterManager(UUID projectId) {
        currentUser.id().ifPresent(user -> {
            Membership membership = memberships.findByProjectIdAndUserId(projectId, user)
                    .orElseGet(() -> new Membership(projectId, user, ProjectRole.MANAGER));
            membership.changeRole(ProjectRole.MANAGER);
            memberships.saveAndFlush(membership);
        });
    }

    /** The project's members, the earliest first; for any member to see who works with them. */
    @Transactional(readOnly = true)
    public List<Member> members(UUID projectId) {
        access.requireMember(projectId);
        return memberships.findByProjectIdOrderByCreatedAt(projectId).stream().map(this::member).toList();
    }

    /** Adds a user to the project, or changes the role of one who is a member already. */
    public Member add(UUID projectId, String username, ProjectRole role) {
        access.requireManager(projectId);
        if (role == null) {
            throw InvalidInputException.of("role", Message.of("team.refusal.role-required"));
        }
        User user = users.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> InvalidInputException.of("username",
                        Message.of("team.refusal.no-account", username)));
        Membership membership = memberships.findByProjectIdAndUserId(projectId, user.getId())
                .orElseGet(() -> new Membership(projectId, user.getId(), role));
        if (membership.getRole() == ProjectRole.MANAGER && role != ProjectRole.MANAGER) {
            keepAManager(projectId, user.getId());
        }
        membership.changeRole(role);
        try {
            return member(memberships.saveAndFlush(membership));
        } catch (DataIntegrityViolationException e) {
            // only an admin gets here for a project that does not exist: members' projects do
            throw new NotFoundException("Project", projectId);
        }
    }

    /** Takes a user out of the project; their annotations stay. */
    public void remove(UUID projectId, UUID userId) {
        access.requireManager(projectId);
        Membership membership = memberships.findByProjectIdAndUserId(projectId, userId)
                .orElseThrow(() -> new NotFoundException("Member", userId));
        if (membership.getRole() == ProjectRole.MANAGER) {
            keepAManager(projectId, userId);
        }
        memberships.delete(membership);
        memberships.flush();
    }

    /** A project always keeps a manager: someone must be able to change it. */
    private void keepAManager(UUID projectId, UUID leaving) {
        boolean another = memberships.findByProjectIdOrderByCreatedAt(projectId).stream()
                .anyMatch(other -> other.getRole() == ProjectRole.MANAGER && !other.getUserId().equals(leaving));
        if (!another) {
            throw InvalidInputException.of("role", Message.of("team.refusal.last-manager"));
        }
    }

    private Member member(Membership membership) {
        User user = users.findById(membership.getUserId()).orElseThrow();
        return new Member(user.getId(), user.getUsername(), user.getDisplayName(), membership.getRole(),
                user.isActive());
    }
}
