package org.slant.team.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slant.team.AnnotatorProfile;
import org.slant.team.AnnotatorProfiles;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/members")
@Tag(name = "Users and members")
class MembersApi {

    private final Memberships memberships;
    private final AnnotatorProfiles profiles;

    MembersApi(Memberships memberships, AnnotatorProfiles profiles) {
        this.memberships = memberships;
        this.profiles = profiles;
    }

    @GetMapping("/{userId}/profile")
    @Operation(summary = "A member's annotator profile (managers)")
    AnnotatorProfile profile(@PathVariable UUID projectId, @PathVariable UUID userId) {
        return profiles.ofMember(projectId, userId);
    }

    @GetMapping
    @Operation(summary = "The project's members and their roles (any member)")
    List<Member> members(@PathVariable UUID projectId) {
        return memberships.members(projectId);
    }

    @PostMapping
    @Operation(summary = "Add a user to the project, or change a member's role (managers)")
    Member add(@PathVariable UUID projectId, @RequestBody NewMember member) {
        return memberships.add(projectId, member.username(), member.role());
    }

    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a member out of the project; their annotations stay (managers)")
    void remove(@PathVariable UUID projectId, @PathVariable UUID userId) {
        memberships.remove(projectId, userId);
    }

    record NewMember(String username, ProjectRole role) {
    }
}
