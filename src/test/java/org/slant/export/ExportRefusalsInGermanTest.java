package org.slant.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slant.export.ExportOptions.Hygiene;
import org.slant.export.ExportOptions.LabelSource;
import org.slant.platform.BusyException;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;

/** The export's refusals: English word for word for the REST API, German for a German reader of the web UI. */
class ExportRefusalsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void aFullServerSaysSoInEachLanguage() {
        ExportSlots slots = new ExportSlots(new ExportLimits(1));
        try (ExportSlots.Slot taken = slots.take()) {
            BusyException busy = catchThrowableOfType(BusyException.class, slots::take);
            assertThat(busy.getMessage()).isEqualTo("An export is being prepared already, as many as this server "
                    + "prepares at once; try again in a few seconds.");
            assertThat(busy.in(GERMAN)).isEqualTo("Ein Export wird bereits vorbereitet, so viele, wie dieser Server "
                    + "gleichzeitig vorbereitet; versuchen Sie es in einigen Sekunden erneut.");
            assertThat(busy.retryAfterSeconds()).isEqualTo(ExportSlots.RETRY_AFTER.toSeconds());
        }
        assertThat(Message.of("export.refusal.busy", 3).english()).startsWith("3 exports are being prepared already");
        assertThat(Message.of("export.refusal.busy", 3).in(GERMAN)).startsWith("3 Exporte werden bereits");
    }

    @Test
    void aListingOfTheOptionsProblemsReadsWholeInGerman() {
        InvalidInputException refused = InvalidInputException.listing(Message.of("export.refusal.not-made"), List.of(
                Problem.of("layer", Message.of("export.refusal.no-layer", "Tone")),
                Problem.of("split", Message.of("export.refusal.split"))));
        assertThat(refused.getMessage()).isEqualTo("The export cannot be made: layer: the project has no layer "
                + "named 'Tone'; split: the train, validation and test shares must not be negative and not all zero");
        assertThat(refused.in(GERMAN)).isEqualTo("Der Export kann nicht erstellt werden: layer: das Projekt hat keine "
                + "Ebene namens „Tone“; split: die Anteile für Training, Validierung und Test dürfen nicht negativ "
                + "und nicht alle null sein");
    }

    @Test
    void theBlindProjectsRuleIsGerman() {
        ForbiddenException refused = new ForbiddenException(Message.of("export.refusal.blind-own-work"));
        assertThat(refused.getMessage()).isEqualTo("This project is blind: annotators may export only their own work "
                + "(ask for it with annotator=<your username>).");
        assertThat(refused.in(GERMAN)).isEqualTo("Dieses Projekt ist blind: Annotatoren dürfen nur ihre eigene Arbeit "
                + "exportieren (fordern Sie sie mit annotator=<Ihr Benutzername> an).");
        assertThat(Message.of("export.refusal.gold-for-curators").english()).isEqualTo("Gold is for the project's "
                + "curators and managers: annotators export annotators' work (source=annotators).");
    }

    @Test
    void everyHygieneAndSourceIsNamedInGerman() {
        for (Hygiene hygiene : List.of(Hygiene.MASK, Hygiene.DROP)) {
            String name = hygiene.name().toLowerCase(Locale.ROOT);
            Message said = Message.of("export.refusal.hygiene-layer", "Boilerplate", name);
            assertThat(said.english()).isEqualTo("the project has no span layer named 'Boilerplate' to " + name);
            assertThat(said.in(GERMAN)).startsWith("das Projekt hat keine Span-Ebene namens „Boilerplate“ zum ")
                    .doesNotContain(name);
        }
        for (LabelSource source : List.of(LabelSource.ANNOTATORS, LabelSource.MAJORITY)) {
            String name = source.name().toLowerCase(Locale.ROOT);
            Message said = Message.of("export.refusal.gold-any", "conll", name);
            assertThat(said.english()).isEqualTo("gold=any chooses the documents whose gold an export holds, and a "
                    + "conll export of the " + name + " holds none: export source=gold");
            assertThat(said.in(GERMAN)).startsWith("gold=any wählt die Dokumente").doesNotContain(" " + name + " ");
        }
    }
}
