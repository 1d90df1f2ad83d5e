package org.slant.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slant.platform.ForbiddenException;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who may do what in a project, asked by every service at its entry points, so that the UI and the API obey the
 * same rules. System admins may do everything; members act by their role; to everyone else a project does not
 * exist (404, not 403: its name is not theirs to learn).
 */
@Service
public class ProjectAccess {

    private static final String ADMIN = "ROLE_" + SystemRole.ADMIN.name();

    private final CurrentUser currentUser;
    private final MembershipRepository memberships;
    private final JdbcTemplate jdbc;

    ProjectAccess(CurrentUser currentUser, MembershipRepository memberships, JdbcTemplate jdbc) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    /** The caller is a system admin (or Slant itself, at start-up). */
    public boolean isAdmin() {
        Authentication authentication = signedIn();
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN::equals);
    }

    /**
     * May start a project, and so bring one in from an archive (decision 0029): anyone signed in, as an active
     * account (a deactivated one cannot sign in, and its token stops working). One rule for both, so that they
     * cannot drift apart.
     */
    public void requireMayCreateProjects() {
        signedIn();
    }

    /** The caller's role in the project; empty for non-members and for admins who are not members. */
    public Optional<ProjectRole> roleIn(UUID projectId) {
        return currentUser.id().flatMap(user -> role(projectId, user));
    }

    /**
     * Every request's access check asks this, so it is one plain statement: through a repository query it cost four
     * times the CPU (saves benchmark). Sees what the caller's transaction wrote, as membership changes are flushed.
     */
    private Optional<ProjectRole> role(UUID projectId, UUID user) {
        return jdbc.query("select role from membership where project_id = ? and user_id = ?",
                (row, number) -> ProjectRole.valueOf(row.getString(1)), projectId, user).stream().findFirst();
    }

    /** The projects the caller belongs to (admins see all projects without this list). */
    public List<UUID> memberProjects() {
        return currentUser.id().map(user -> memberships.findByUserId(user).stream()
                .map(Membership::getProjectId).toList()).orElse(List.of());
    }

    /** Whether the caller may see the project at all (its name, that it exists): admins and its members. */
    public boolean sees(UUID projectId) {
        return isAdmin() || roleIn(projectId).isPresent();
    }

    /** May read the project: its documents, schema and their own work. */
    public void requireMember(UUID projectId) {
        if (!sees(projectId)) {
            throw new NotFoundException("Project", projectId);
        }
    }

    /** May change the project: settings, schema, corpus, members, assignment; sees progress. */
    public void requireManager(UUID projectId) {
        require(projectId, "managers", ProjectRole.MANAGER);
    }

    /** May read every annotator's work (managers and curators). */
    public void requireEveryonesWork(UUID projectId) {
        require(projectId, "everyones-work",
                ProjectRole.MANAGER, ProjectRole.CURATOR);
    }

    /** Whether the caller sees every annotator's work in the project. */
    public boolean seesEveryonesWork(UUID projectId) {
        return isAdmin() || roleIn(projectId).filter(role -> role != ProjectRole.ANNOTATOR).isPresent();
    }

    /** May manage user accounts. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new ForbiddenException(Message.of("team.refusal.admins-only"));
        }
    }

    /** @param who the rule's key: "managers", "everyones-work" */
    private void require(UUID projectId, String who, ProjectRole... allowed) {
        if (isAdmin()) {
            return;
        }
        ProjectRole role = roleIn(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        if (!List.of(allowed).contains(role)) {
            throw new ForbiddenException(Message.of("team.refusal.role." + who, role.name().toLowerCase()));
        }
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ForbiddenException(Message.of("team.refusal.signed-out"));
        }
        return authentication;
    }
}
