package org.slant.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.annotation.Suggestion;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;

/** The suggestions' refusals: English word for word for the REST API, German for a German reader. */
class SuggestionsRefusalsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    /** Checks the key before it looks anything up, so no dependency is needed to be refused. */
    private final SuggestionService service = new SuggestionService(null, null, null, null, null, null, null, null,
            null);

    @Test
    void aKeyMissingEverythingIsListedInEachLanguage() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> service.reject(UUID.randomUUID(), new Suggestion.Key(" ", null, null, null, null)));
        assertThat(refused.getMessage()).isEqualTo("The suggestion cannot be decided: "
                + "source: required: the suggestion's source, e.g. \"quotes\"; "
                + "layer: required: the suggestion's layer id; "
                + "label: required: the suggestion's label id; "
                + "start: required: the suggestion's start (code points); "
                + "end: required: the suggestion's end (code points, exclusive)");
        assertThat(refused.in(GERMAN)).isEqualTo("Über den Vorschlag kann nicht entschieden werden: "
                + "source: erforderlich: die Quelle des Vorschlags, z. B. \"quotes\"; "
                + "layer: erforderlich: die ID der Ebene des Vorschlags; "
                + "label: erforderlich: die ID des Labels des Vorschlags; "
                + "start: erforderlich: der Anfang des Vorschlags (in Codepoints); "
                + "end: erforderlich: das Ende des Vorschlags (in Codepoints, ausschließlich)");
    }

    @Test
    void positionsAreRefusedUngroupedInEachLanguage() {
        InvalidInputException negative = catchThrowableOfType(InvalidInputException.class,
                () -> service.reject(UUID.randomUUID(), new Suggestion.Key("quotes", UUID.randomUUID(),
                        UUID.randomUUID(), -1, 0)));
        assertThat(negative.problems()).containsExactly(new Problem("start", "must be 0 or more, was -1"));
        assertThat(negative.in(GERMAN)).isEqualTo("Über den Vorschlag kann nicht entschieden werden: "
                + "start: muss 0 oder größer sein, war -1");

        InvalidInputException backwards = catchThrowableOfType(InvalidInputException.class,
                () -> service.reject(UUID.randomUUID(), new Suggestion.Key("quotes", UUID.randomUUID(),
                        UUID.randomUUID(), 2000, 1500)));
        assertThat(backwards.getMessage())
                .isEqualTo("The suggestion cannot be decided: end: must be after start, was 1500");
        assertThat(backwards.in(GERMAN)).endsWith("end: muss hinter dem Anfang liegen, war 1500");
    }

    @Test
    void aSuggestionNotMadeIsRefusedInEachLanguage() {
        InvalidInputException known = InvalidInputException.of("suggestion",
                Message.of("suggestions.refusal.not-proposed", "quotes", "1200", "1250"));
        assertThat(known.getMessage()).isEqualTo("suggestion: no suggestion of source 'quotes' with this layer and "
                + "label at 1200..1250 is made to you on this document");
        assertThat(known.in(GERMAN)).isEqualTo("suggestion: in diesem Dokument wird Ihnen kein Vorschlag der Quelle "
                + "„quotes“ mit dieser Ebene und diesem Label bei 1200..1250 gemacht");

        String rules = String.join(", ", SuggestionService.SOURCES);
        InvalidInputException unknown = InvalidInputException.of("suggestion",
                Message.of("suggestions.refusal.not-proposed-sources", "qoutes", "3", "9", rules));
        assertThat(unknown.getMessage()).isEqualTo("suggestion: no suggestion of source 'qoutes' with this layer and "
                + "label at 3..9 is made to you on this document (sources: " + rules + ", and the names of the "
                + "project's pre-annotations)");
        assertThat(unknown.in(GERMAN)).endsWith("(Quellen: " + rules + " sowie die Namen der Vorannotationen des "
                + "Projekts)");
    }
}
