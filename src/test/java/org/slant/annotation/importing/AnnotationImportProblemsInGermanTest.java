package org.slant.annotation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import tools.jackson.databind.json.JsonMapper;

/** The annotated importers' problems: English as the REST API gives it, German for the German reader. */
class AnnotationImportProblemsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void slantsJsonlSaysItsProblemsAndTheirPlacesInGerman() {
        ImportProblems problems = new ImportProblems();
        new SlantJsonlFormat(JsonMapper.builder().build()).read(List.of(UploadedFile.of("documents.jsonl",
                "{\"text\": \"A text.\", \"published\": \"yesterday\", \"colour\": 1}\n"
                        + "{\"text\": \"B\", \"annotations\": [{\"annotator\": \"ann\", \"status\": \"late\"}]}\n")),
                problems);

        List<Problem> found = problems.list();
        assertThat(found).extracting(Problem::toString).containsExactly(
                "documents.jsonl, line 1, field 'colour': unknown field; the known fields are id, text, title, outlet, "
                        + "story, url, published, externalId, meta, annotations, gold, language",
                "documents.jsonl, line 1, field 'published': not an ISO date (YYYY-MM-DD): 'yesterday'",
                "documents.jsonl, line 2, field 'annotations[0].status': 'late' is not a status: ASSIGNED, "
                        + "IN_PROGRESS, DONE or SKIPPED");
        assertThat(found.get(1).where(GERMAN)).isEqualTo("documents.jsonl, Zeile 1, Feld „published“");
        assertThat(found.get(1).message(GERMAN)).isEqualTo("kein ISO-Datum (JJJJ-MM-TT): „yesterday“");
        assertThat(found.get(2).where(GERMAN)).isEqualTo("documents.jsonl, Zeile 2, Feld „annotations[0].status“");
        assertThat(found.get(2).message(GERMAN))
                .isEqualTo("„late“ ist kein Status: ASSIGNED, IN_PROGRESS, DONE oder SKIPPED");

        InvalidInputException refused = InvalidInputException.listing(
                Message.of("annotation.refusal.nothing-imported"), found.subList(1, 2));
        assertThat(refused.getMessage()).isEqualTo("Nothing was imported: documents.jsonl, line 1, field "
                + "'published': not an ISO date (YYYY-MM-DD): 'yesterday'");
        assertThat(refused.in(GERMAN)).endsWith(": documents.jsonl, Zeile 1, Feld „published“: kein ISO-Datum "
                + "(JJJJ-MM-TT): „yesterday“");
    }

    @Test
    void aLineNumberIsNotGrouped() {
        Message place = Place.fieldOf(Place.lineOf("big.jsonl", 12345), "text");
        assertThat(place.english()).isEqualTo("big.jsonl, line 12345, field 'text'");
        assertThat(place.in(GERMAN)).isEqualTo("big.jsonl, Zeile 12345, Feld „text“");
    }

    @Test
    void theLabelMappingFileSaysItsProblemsInGerman() {
        ImportProblems problems = new ImportProblems();
        LabelMapping mapping = LabelMappingFile.read(UploadedFile.of("mapping.json",
                "{\"layers\": {\"Propaganda\": 3}, \"colours\": {}}"), JsonMapper.builder().build(), problems);

        assertThat(mapping).isSameAs(LabelMapping.NONE);
        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "mapping.json, field 'colours': unknown field; a mapping has \"layers\" and \"labels\"",
                "mapping.json, field 'layers.Propaganda': must be the project's name, a string");
        assertThat(problems.list().get(1).where(GERMAN)).isEqualTo("mapping.json, Feld „layers.Propaganda“");
        assertThat(problems.list().get(1).message(GERMAN)).isEqualTo("muss der Name im Projekt sein, eine Zeichenkette");
    }

    @Test
    void whatTheProjectLacksAndTheAccountsItLacksInGerman() {
        Message lacking = Message.of("annotation.problem.nor-at",
                Message.of("annotation.problem.no-such-label", "Framing", "Doubt"), 1233, "1233");
        assertThat(lacking.english()).isEqualTo("layer 'Framing' has no label 'Doubt' (nor at 1233 more places)");
        assertThat(lacking.in(GERMAN))
                .isEqualTo("die Ebene „Framing“ hat kein Label „Doubt“ (auch an 1233 weiteren Stellen)");

        Message accounts = Message.of("annotation.problem.no-accounts", "'ann', 'bob'");
        assertThat(accounts.english()).startsWith("no account has the username 'ann', 'bob' (an export names");
        assertThat(accounts.in(GERMAN)).startsWith("kein Konto hat den Benutzernamen 'ann', 'bob'");

        Message overlap = Message.of("annotation.problem.overlaps", "3", "9",
                Place.field(Place.lineOf("d.jsonl", 4), "annotations[0].spans[1]").at(""), "Tone");
        assertThat(overlap.english()).isEqualTo("overlaps the span at 3..9 (d.jsonl, line 4, field "
                + "'annotations[0].spans[1]'), and layer 'Tone' does not allow overlapping spans");
        assertThat(overlap.in(GERMAN)).isEqualTo("überlappt den Span bei 3..9 (d.jsonl, Zeile 4, Feld "
                + "„annotations[0].spans[1]“), und die Ebene „Tone“ erlaubt keine überlappenden Spans");
    }
}
