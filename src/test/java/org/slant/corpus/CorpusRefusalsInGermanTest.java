package org.slant.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The corpus's refusals (project settings, stories, outlets, outlet blinding) read in German for a German reader,
 * while the REST API and the log keep their English word for word.
 */
@SlantSpringTest
class CorpusRefusalsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Autowired
    CorpusService corpus;
    @Autowired
    StoryService stories;
    @Autowired
    OutletService outlets;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;

    UUID projectId;

    @BeforeEach
    void aProject() {
        projectId = corpus.createProject("Refusals " + UUID.randomUUID(), "").getId();
    }

    @Test
    void settingsRefusedWithEveryProblemInEnglishAndGerman() {
        ProjectSettings settings = new ProjectSettings("", "", "x".repeat(ProjectSettings.MAX_GUIDELINES_LENGTH + 1),
                0, true, true);
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, settings::check);

        assertThat(refused.getMessage()).isEqualTo("The project settings cannot be saved: name: a project needs a "
                + "name; annotatorsPerDocument: between 1 and 100, not 0; guidelines: at most 200000 characters");
        assertThat(refused.in(GERMAN)).isEqualTo("Die Projekteinstellungen können nicht gespeichert werden: name: "
                + "ein Projekt braucht einen Namen; annotatorsPerDocument: zwischen 1 und 100, nicht 0; guidelines: "
                + "höchstens 200000 Zeichen");
        assertThat(refused.problems()).contains(new Problem("annotatorsPerDocument", "between 1 and 100, not 0"));
        assertThat(refused.in(Locale.FRENCH)).as("a language Slant does not speak reads English")
                .isEqualTo(refused.getMessage());
    }

    @Test
    void storiesAndOutletsRefusedInEnglishAndGerman() {
        stories.create(projectId, new StoryDraft("Summit", null, null, List.of()));
        InvalidInputException story = catchThrowableOfType(InvalidInputException.class,
                () -> stories.create(projectId, new StoryDraft("Summit", null, null, List.of())));
        assertThat(story.getMessage())
                .isEqualTo("The story cannot be saved: title: the project already has a story titled 'Summit'");
        assertThat(story.in(GERMAN)).isEqualTo("Die Story kann nicht gespeichert werden: title: das Projekt hat "
                + "bereits eine Story mit dem Titel „Summit“");

        InvalidInputException untitled = catchThrowableOfType(InvalidInputException.class,
                () -> stories.create(projectId, new StoryDraft(" ", null, null, List.of())));
        assertThat(untitled.problems().getFirst().message(GERMAN)).isEqualTo("eine Story braucht einen Titel");

        outlets.create(projectId, "Fox News", null);
        InvalidInputException outlet = catchThrowableOfType(InvalidInputException.class,
                () -> outlets.create(projectId, " Fox News ", null));
        assertThat(outlet.getMessage()).isEqualTo("name: the project already has an outlet named 'Fox News'");
        assertThat(outlet.in(GERMAN)).isEqualTo("name: das Projekt hat bereits ein Medium namens „Fox News“");

        InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class,
                () -> outlets.create(projectId, "x".repeat(201), null));
        assertThat(tooLong.getMessage()).isEqualTo("name: at most 200 characters");
        assertThat(tooLong.in(GERMAN)).isEqualTo("name: höchstens 200 Zeichen");
    }

    @Test
    void outletBlindingRefusesAnnotatorsInEnglishAndGerman() {
        UUID blind = corpus.createProject(ProjectSettings.named("Blind " + UUID.randomUUID(), "")
                .withOutletBlind(true)).getId();
        String annotator = "blind-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(annotator, "Ana", "{noop}unused", SystemRole.USER));
        memberships.add(blind, annotator, ProjectRole.ANNOTATOR);
        corpus.addDocuments(blind, List.of(new NewDocument("Talks", "Talks ended.", "UPI", null, null, null, null,
                Map.of())));
        UUID storyId = stories.create(blind, new StoryDraft("Talks", null, null, List.of())).id();

        ForbiddenException filtering = catchThrowableOfType(ForbiddenException.class, () -> ActingAs.user(annotator,
                () -> corpus.documents(blind, new DocumentFilter(null, null, "talks"), PageRequest.of(0, 10))));
        assertThat(filtering.getMessage()).isEqualTo("This project hides outlets from its annotators: its documents "
                + "cannot be filtered by outlet or by words.");
        assertThat(filtering.in(GERMAN)).isEqualTo("Dieses Projekt verbirgt die Medien vor seinen Annotatoren: "
                + "Seine Dokumente lassen sich nicht nach Medium oder nach Wörtern filtern.");

        ForbiddenException comparing = catchThrowableOfType(ForbiddenException.class,
                () -> ActingAs.user(annotator, () -> stories.articles(storyId)));
        assertThat(comparing.getMessage()).isEqualTo("This project hides outlets from its annotators: comparing the "
                + "outlets' coverage of a story is for its managers and curators.");
        assertThat(comparing.in(GERMAN)).startsWith("Dieses Projekt verbirgt die Medien vor seinen Annotatoren: Die "
                + "Berichterstattung der Medien");
    }
}
