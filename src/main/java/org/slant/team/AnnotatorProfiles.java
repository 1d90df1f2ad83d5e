package org.slant.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annotator profiles: each annotator fills in or skips their own; a project's managers read those of its members
 * (for perspectivist exports); no one else sees them.
 */
@Service
@Transactional
public class AnnotatorProfiles {

    private static final int LONGEST_TEXT = 100;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final MembershipRepository memberships;

    AnnotatorProfiles(JdbcTemplate jdbc, JsonMapper json, CurrentUser currentUser, ProjectAccess access,
            MembershipRepository memberships) {
        this.jdbc = jdbc;
        this.json = json;
        this.currentUser = currentUser;
        this.access = access;
        this.memberships = memberships;
    }

    /** The caller's own profile; empty fields when they skipped it. */
    @Transactional(readOnly = true)
    public AnnotatorProfile mine() {
        return read(caller()).orElse(AnnotatorProfile.EMPTY);
    }

    public AnnotatorProfile saveMine(AnnotatorProfile profile) {
        List<Problem> problems = new ArrayList<>();
        if (profile.ageBand() != null && !AnnotatorProfile.AGE_BANDS.contains(profile.ageBand())) {
            problems.add(Problem.of("ageBand", Message.of("team.refusal.one-of",
                    AnnotatorProfile.AGE_BANDS.toString())));
        }
        if (profile.education() != null && !AnnotatorProfile.EDUCATION.contains(profile.education())) {
            problems.add(Problem.of("education", Message.of("team.refusal.one-of",
                    AnnotatorProfile.EDUCATION.toString())));
        }
        if (profile.politicalPlacement() != null && (profile.politicalPlacement() < 0
                || profile.politicalPlacement() > 10)) {
            problems.add(Problem.of("politicalPlacement", Message.of("team.refusal.placement")));
        }
        if (profile.gender() != null && profile.gender().length() > LONGEST_TEXT) {
            problems.add(Problem.of("gender", Message.of("team.refusal.at-most", LONGEST_TEXT)));
        }
        List<String> diet = profile.newsDiet() == null ? List.of() : profile.newsDiet().stream()
                .filter(item -> item != null && !item.isBlank()).map(String::strip).toList();
        if (diet.stream().anyMatch(item -> item.length() > LONGEST_TEXT)) {
            problems.add(Problem.of("newsDiet", Message.of("team.refusal.each-at-most", LONGEST_TEXT)));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("team.refusal.profile-not-saved"), problems);
        }
        String gender = profile.gender() == null || profile.gender().isBlank() ? null : profile.gender().strip();
        jdbc.update("insert into annotator_profile (user_id, age_band, gender, education, political_placement, "
                + "news_diet, updated_at) values (?, ?, ?, ?, ?, ?::jsonb, now()) on conflict (user_id) do update set "
                + "age_band = excluded.age_band, gender = excluded.gender, education = excluded.education, "
                + "political_placement = excluded.political_placement, news_diet = excluded.news_diet, "
                + "updated_at = now()", caller(), profile.ageBand(), gender, profile.education(),
                profile.politicalPlacement(), json.writeValueAsString(diet));
        return mine();
    }

    /** A member's profile, for the project's managers. */
    @Transactional(readOnly = true)
    public AnnotatorProfile ofMember(UUID projectId, UUID userId) {
        access.requireManager(projectId);
        memberships.findByProjectIdAndUserId(projectId, userId)
                .orElseThrow(() -> new NotFoundException("Member", userId));
        return read(userId).orElse(AnnotatorProfile.EMPTY);
    }

    private Optional<AnnotatorProfile> read(UUID userId) {
        return jdbc.query("select age_band, gender, education, political_placement, news_diet::text from "
                + "annotator_profile where user_id = ?", (row, number) -> new AnnotatorProfile(row.getString(1),
                row.getString(2), row.getString(3), (Integer) row.getObject(4),
                json.readValue(row.getString(5), new TypeReference<List<String>>() { })), userId).stream()
                .findFirst();
    }

    private UUID caller() {
        return currentUser.id().orElseThrow(() -> new ForbiddenException(Message.of("team.refusal.signed-out")));
    }
}
