package org.slant.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slant.platform.Message;

/** The outlet comparison's notes: English word for word for the REST API, German for the web UI's German reader. */
class StorySourcesNotesInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void aProjectWithoutThePresetsLayersIsToldSoInEachLanguage() {
        List<Message> notes = StorySources.reading(List.of()).notes();
        assertThat(notes.getFirst().english()).isEqualTo("The project has no span layer named 'Attribution' (the "
                + "sourcing preset adds it): who is cited, the cue words and the words per source cannot be counted.");
        assertThat(notes.getFirst().in(GERMAN)).isEqualTo("Das Projekt hat keine Span-Ebene namens „Attribution“ "
                + "(die Vorlage „sourcing“ fügt sie hinzu): Wer zitiert wird, die Signalwörter und die Wörter je "
                + "Quelle können nicht gezählt werden.");
        assertThat(notes.get(1).english()).isEqualTo("The project has no span layer named 'Frame' (the framing "
                + "preset adds it): its labels' shares cannot be given.");
        assertThat(notes.get(1).in(GERMAN)).isEqualTo("Das Projekt hat keine Span-Ebene namens „Frame“ (die Vorlage "
                + "„framing“ fügt sie hinzu): Die Anteile ihrer Labels können nicht angegeben werden.");
    }

    @Test
    void theReportGivesEnglishToTheApiAndEachReaderTheirLanguage() {
        SourcesCompared compared = new SourcesCompared(null, "Talks", null, "annotators", null, List.of(),
                List.of(), null, List.of(), List.of(), List.of("The story has no articles yet."), List.of(), List.of(),
                List.of(), List.of(), List.of(Message.of("stories.note.no-articles"),
                        Message.of("stories.note.no-label", "Attribution", "Cue")));
        assertThat(compared.notes(Locale.UK)).containsExactly("The story has no articles yet.",
                "The Attribution layer has no label 'Cue': it is not counted.");
        assertThat(compared.notes(GERMAN)).containsExactly("Die Story hat noch keine Artikel.",
                "Die Ebene Attribution hat kein Label „Cue“: Es wird nicht gezählt.");
        assertThat(Message.of("stories.note.no-gold").in(GERMAN)).isEqualTo("Noch keiner der Artikel der Story hat "
                + "Gold: Kuratieren Sie sie (Reiter „Kuratierung“), um Gold zu vergleichen.");
    }
}
