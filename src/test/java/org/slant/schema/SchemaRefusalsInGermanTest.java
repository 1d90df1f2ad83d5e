package org.slant.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.SchemaUses.Uses;

/** The schema's refusals: English word for word for the REST API, German for a German reader of the web UI. */
class SchemaRefusalsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void aLayerDraftsProblemsReadInGerman() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> SchemaRules
                .checkLayer(new LayerDraft(" ", null, false, false, null), List.of(), null));
        assertThat(refused.getMessage()).isEqualTo("The layer cannot be saved: name: a name is needed; kind: choose "
                + "SPAN (passages of the text) or DOCUMENT (one answer per article)");
        assertThat(refused.in(GERMAN)).isEqualTo("Die Ebene kann nicht gespeichert werden: name: ein Name ist "
                + "erforderlich; kind: wählen Sie SPAN (Passagen des Textes) oder DOCUMENT (eine Antwort je Artikel)");
        assertThat(refused.problems().getFirst().message(GERMAN)).isEqualTo("ein Name ist erforderlich");
    }

    @Test
    void aLabelsKeyTakenNamesItsOwnerInGerman() {
        Layer layer = new Layer(null, 1, "Framing", LayerKind.SPAN, false, false, "");
        layer.addLabel("Conflict", "#1f77b4", "c", "");
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> SchemaRules
                .checkLabel(new LabelDraft("Economic", "red", "C", ""), layer, List.of(layer), null));
        assertThat(refused.getMessage()).isEqualTo("The label cannot be saved: colour: a colour as #rrggbb, e.g. "
                + "#1f77b4; key: 'C' is already the key of label 'Conflict' of layer 'Framing'");
        assertThat(refused.in(GERMAN)).isEqualTo("Das Label kann nicht gespeichert werden: colour: eine Farbe als "
                + "#rrggbb, z. B. #1f77b4; key: „C“ ist bereits die Taste des Labels „Conflict“ der Ebene „Framing“");
    }

    @Test
    void anUnknownPresetIsRefusedInGerman() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ProjectSetup.presets(List.of("no-such-preset")));
        assertThat(refused.getMessage()).startsWith("The presets cannot be used: presets: no preset named "
                + "'no-such-preset'; the presets are [");
        assertThat(refused.in(GERMAN)).startsWith("Die Vorlagen können nicht verwendet werden: presets: keine Vorlage "
                + "namens „no-such-preset“; die Vorlagen sind [");
    }

    @Test
    void aConfirmationCountsTheUsesInTheReadersLanguage() {
        Uses uses = new Uses(3, List.of(Message.of("platform.common.spans", 2),
                Message.of("curation.contents.gold-annotations", 1)));
        ConfirmationRequiredException asked = new SchemaEditor.Unconfirmed("schema.refusal.confirm.layer",
                List.of("Tone"), uses);
        assertThat(asked.getMessage()).isEqualTo("Layer 'Tone' is used by 2 spans and 1 gold annotation, which would "
                + "be changed or deleted (the history keeps them). Confirm to go ahead.");
        assertThat(asked.in(GERMAN)).isEqualTo("Die Ebene „Tone“ wird von 2 Spans und 1 Gold-Annotation verwendet, "
                + "die geändert oder gelöscht würden (der Verlauf bewahrt sie). Bestätigen Sie, um fortzufahren.");
        assertThat(asked.affectedAnnotations()).isEqualTo(3);

        ConfirmationRequiredException options = new SchemaEditor.Unconfirmed("schema.refusal.confirm.options",
                List.of("[left, right]", "Stance"), new Uses(1, List.of(Message.of("annotation.contents.annotations", 1))));
        assertThat(options.getMessage()).isEqualTo("Removing option(s) [left, right] of 'Stance' is used by 1 "
                + "annotation, which would be changed or deleted (the history keeps them). Confirm to go ahead.");
        assertThat(options.in(GERMAN)).startsWith("Die Option(en) [left, right] von „Stance“ werden von 1 Annotation "
                + "verwendet");
    }
}
