package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import tools.jackson.databind.node.JsonNodeFactory;

/** The archive's file checks, line by line: the REST API's English word for word, and German for the web UI. */
class ArchiveChecksInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void aFieldOfALineIsPlacedAndSaidInEachLanguage() {
        Problems problems = new Problems();
        problems.add(Problems.field(Problems.line("spans.jsonl", 1234), "label_id"),
                Message.of("archive.check.no-label", "schema.json"));
        problems.add(Problems.file("documents.jsonl"), Message.of("archive.check.file-changed"));
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> problems.refuseIfAny(ArchiveCheck.REFUSED));
        assertThat(refused.getMessage()).isEqualTo("The project archive cannot be imported: "
                + "spans.jsonl, line 1234, field 'label_id': no label in schema.json has this id; "
                + "documents.jsonl: is not the file that was exported: its SHA-256 or size differs from the "
                + "manifest's, so it was changed or damaged since");
        Problem first = refused.problems().getFirst();
        assertThat(first.where()).isEqualTo("spans.jsonl, line 1234, field 'label_id'");
        assertThat(first.where(GERMAN)).isEqualTo("spans.jsonl, Zeile 1234, Feld „label_id“");
        assertThat(first.message(GERMAN)).isEqualTo("kein Label in schema.json hat diese ID");
        assertThat(refused.in(GERMAN)).startsWith("Das Projektarchiv kann nicht importiert werden: "
                + "spans.jsonl, Zeile 1234, Feld „label_id“: kein Label in schema.json hat diese ID; "
                + "documents.jsonl: ist nicht die exportierte Datei");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithJsonsOwnWords() {
        Message problem = ColumnType.UUID.problemWith(JsonNodeFactory.instance.numberNode(42));
        assertThat(problem.english()).isEqualTo("must be a UUID, not number 42");
        assertThat(problem.in(GERMAN)).isEqualTo("muss eine UUID sein, nicht number 42");
        Message braces = Message.of("archive.check.not-an-object");
        assertThat(braces.english()).isEqualTo("must be a JSON object {...}");
        assertThat(braces.in(GERMAN)).isEqualTo("muss ein JSON-Objekt {...} sein");
    }

    @Test
    void aLayerOfTheSchemaAndItsNamedAttribute() {
        Message layer = Message.of("archive.place.layer", Problems.file("schema.json"), "2");
        Message attribute = Problems.field(Message.of("archive.place.attribute-named", layer, "Tone"),
                "condition_attribute_id");
        assertThat(attribute.english()).isEqualTo("schema.json, layer 2, attribute 'Tone', field "
                + "'condition_attribute_id'");
        assertThat(attribute.in(GERMAN)).isEqualTo("schema.json, Ebene 2, Attribut „Tone“, Feld "
                + "„condition_attribute_id“");
        Message offsets = Message.of("archive.check.offsets", "12345", "0", "12346");
        assertThat(offsets.english()).isEqualTo("start_offset and end_offset must satisfy 0 <= start < end <= 12345 "
                + "(the document's length in code points), not 0..12346");
    }

    @Test
    void checkingStopsAfterAHundredProblemsInEachLanguage() {
        Problems problems = new Problems();
        for (int i = 1; i <= Problems.MAX; i++) {
            problems.add(Problems.line("spans.jsonl", i), Message.of("archive.check.id-taken"));
        }
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> problems.refuseIfAny(ArchiveCheck.REFUSED));
        assertThat(refused.getMessage()).endsWith("; archive: checking stopped after 100 problems");
        assertThat(refused.in(GERMAN)).endsWith("; archive: Prüfung nach 100 Problemen abgebrochen")
                .contains("spans.jsonl, Zeile 7: eine andere Zeile des Archivs hat diese ID");
    }

    @Test
    void aLineTooLongIsSaidInEachLanguage() {
        JsonLines.LineTooLongException tooLong = new JsonLines.LineTooLongException(3, 1000000);
        assertThat(tooLong.getMessage()).isEqualTo("line 3 is longer than 1000000 characters");
        assertThat(ArchiveCheck.message(tooLong).in(GERMAN)).isEqualTo("Zeile 3 ist länger als 1000000 Zeichen");
    }
}
