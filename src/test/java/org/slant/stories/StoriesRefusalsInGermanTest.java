package org.slant.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;

/** The stories' refusals: English word for word for the REST API, German for a German reader. */
class StoriesRefusalsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void aPassageLengthOutOfRangeIsRefusedUngroupedInEachLanguage() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> new StoryPassages(null).of((org.slant.corpus.StoryArticles) null, 12000));
        assertThat(refused.getMessage()).isEqualTo("minWords: must be between 2 and 1000, was 12000");
        assertThat(refused.in(GERMAN)).isEqualTo("minWords: muss zwischen 2 und 1000 liegen, war 12000");
    }

    @Test
    void anUnknownFlagSourceIsRefusedInEachLanguage() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> new ConsistencyFlags(null, null, null, null, null, null, null).of(UUID.randomUUID(), "all"));
        assertThat(refused.getMessage()).isEqualTo("source: must be annotators or gold, was all");
        assertThat(refused.in(GERMAN)).isEqualTo("source: muss annotators oder gold sein, war all");
    }

    @Test
    void theRulesOnComparingOutletsReadInEachLanguage() {
        ForbiddenException hidden = new ForbiddenException(Message.of("stories.refusal.outlets-hidden"));
        assertThat(hidden.getMessage()).isEqualTo("This project hides outlets from its annotators: comparing the "
                + "outlets' coverage of a story is for its managers and curators.");
        assertThat(hidden.in(GERMAN)).isEqualTo("Dieses Projekt verbirgt die Medien vor seinen Annotatoren: Die "
                + "Berichterstattung der Medien über eine Story zu vergleichen, ist seinen Managern und Kuratoren "
                + "vorbehalten.");

        ForbiddenException gold = new ForbiddenException(Message.of("stories.refusal.sources-gold"));
        assertThat(gold.getMessage()).isEqualTo("Gold is for the project's curators and managers: annotators "
                + "compare the outlets by their own work (source=annotators&annotator=<your username>).");
        assertThat(gold.in(GERMAN)).startsWith("Gold ist den Kuratoren und Managern des Projekts vorbehalten")
                .endsWith("(source=annotators&annotator=<Ihr Benutzername>).");

        assertThat(new ForbiddenException(Message.of("stories.refusal.own-work")).getMessage()).isEqualTo(
                "Annotators compare the outlets by their own work only: ask with annotator=<your username>.");
        assertThat(new ForbiddenException(Message.of("stories.refusal.flags-gold")).getMessage())
                .isEqualTo("Gold is for the project's managers and curators.");

        InvalidInputException member = InvalidInputException.of("annotator",
                Message.of("stories.refusal.no-member", "zoe"));
        assertThat(member.getMessage()).isEqualTo("annotator: the project has no member named 'zoe'");
        assertThat(member.in(GERMAN)).isEqualTo("annotator: das Projekt hat kein Mitglied namens „zoe“");

        InvalidInputException goldOfOne = InvalidInputException.of("annotator",
                Message.of("stories.refusal.gold-annotator"));
        assertThat(goldOfOne.getMessage()).isEqualTo("annotator: gold is no one annotator's: leave out annotator, "
                + "or ask for source=annotators");
        assertThat(goldOfOne.in(GERMAN)).isEqualTo("annotator: Gold gehört keinem einzelnen Annotator: Lassen Sie "
                + "annotator weg oder fragen Sie nach source=annotators");
    }
}
