package org.slant.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slant.corpus.importing.Uploads.SMALL;
import static org.slant.corpus.importing.Uploads.file;
import static org.slant.corpus.importing.Uploads.read;
import static org.slant.corpus.importing.Uploads.zip;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slant.corpus.importing.ImportResult.SkippedDocument;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.ui.Translations;
import tools.jackson.databind.node.JsonNodeType;

/**
 * The document importers' problems read in German for a German reader, places (file, line, field, zip entry) and
 * words alike, while the REST API keeps their English word for word.
 */
class CorpusImportProblemsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void aJsonLinesFilesProblemsReadInGermanAtTheirPlaces() {
        UploadContents contents = read(file("news.jsonl", """
                {"text":"One.","published":"5 May 2024"}
                {"Text":"Two."}
                {"text":42}
                not json
                [1]
                """));

        assertThat(contents.problems()).extracting(Problem::toString).containsExactly(
                "news.jsonl, line 1, field 'published': not an ISO date (YYYY-MM-DD): "
                        + "'5 May 2024'",
                "news.jsonl, line 2, field 'Text': unknown field (did you mean 'text'?); the known fields are text, "
                        + "title, outlet, story, url, published, externalId, meta, language",
                "news.jsonl, line 2, field 'text': is missing: every document needs its text",
                "news.jsonl, line 3, field 'text': must be a string, not number 42",
                "news.jsonl, line 4, column 1: not valid JSON: "
                        + contents.problems().get(4).message().substring("not valid JSON: ".length()),
                "news.jsonl, line 5: not a JSON object: each line must be one {...} with the fields of one document");
        assertThat(inGerman(contents.problems())).containsExactly(
                "news.jsonl, Zeile 1, Feld „published“: kein ISO-Datum (JJJJ-MM-TT): „5 May 2024“",
                "news.jsonl, Zeile 2, Feld „Text“: unbekanntes Feld (meinten Sie „text“?); die bekannten Felder sind "
                        + "text, title, outlet, story, url, published, externalId, meta, language",
                "news.jsonl, Zeile 2, Feld „text“: fehlt: Jedes Dokument braucht seinen Text",
                "news.jsonl, Zeile 3, Feld „text“: muss eine Zeichenkette sein, nicht Zahl 42",
                "news.jsonl, Zeile 4, Spalte 1: kein gültiges JSON: "
                        + contents.problems().get(4).message().substring("not valid JSON: ".length()),
                "news.jsonl, Zeile 5: kein JSON-Objekt: Jede Zeile muss ein {...} mit den Feldern eines Dokuments "
                        + "sein");
    }

    @Test
    void csvZipAndLimitProblemsReadInGerman() {
        UploadContents contents = read(SMALL, file("table.csv", "text,title\nOne,Two,Three\n"),
                file("Text.csv", "Text\nOne\n"), file("corpus.zip", zip("a/one.pdf", "x", "../evil.txt", "y")),
                file("notes.doc", "x"), file("big.txt", "x".repeat(5000)));

        assertThat(contents.problems()).extracting(Problem::toString).containsExactly(
                "table.csv, line 2: has 3 values, but the header names 2 columns",
                "Text.csv, line 1: no 'text' column; the header names 'Text' (names are case-sensitive)",
                "corpus.zip, entry 'a/one.pdf': is not a .txt file; a zip may hold only .txt files (import other "
                        + "files on their own, or remove it from the archive)",
                "corpus.zip, entry '../evil.txt': has '..' in its path, which would lead out of the archive",
                "notes.doc: Slant does not read this kind of file; the file name must end in .txt, .zip, .jsonl, "
                        + ".ndjson, .csv",
                "big.txt: the text is larger than the limit of 4 KB per document (slant.import.max-document)");
        assertThat(inGerman(contents.problems())).containsExactly(
                "table.csv, Zeile 2: hat 3 Werte, aber die Kopfzeile nennt 2 Spalten",
                "Text.csv, Zeile 1: keine Spalte „text“; die Kopfzeile nennt 'Text' "
                        + "(Groß- und Kleinschreibung zählt)",
                "corpus.zip, Eintrag „a/one.pdf“: ist keine .txt-Datei; ein Zip darf nur .txt-Dateien enthalten "
                        + "(importieren Sie andere Dateien einzeln oder entfernen Sie sie aus dem Archiv)",
                "corpus.zip, Eintrag „../evil.txt“: hat „..“ im Pfad, was aus dem Archiv hinausführen würde",
                "notes.doc: Slant liest diese Art von Datei nicht; der Dateiname muss auf .txt, .zip, .jsonl, "
                        + ".ndjson, .csv enden",
                "big.txt: der Text ist größer als das Limit von 4 KB pro Dokument (slant.import.max-document)");
    }

    @Test
    void theRefusalsSummaryAndTheSkippedDocumentsReasonReadInGerman() {
        UploadContents contents = read(file("a.jsonl", "{\"text\":\"  \"}\n"));
        InvalidInputException refused = contents.refusal();

        assertThat(refused.getMessage()).isEqualTo("Nothing was imported: the upload has 1 problem. "
                + "a.jsonl, line 1, field 'text': is empty or only white space");
        assertThat(refused.in(GERMAN)).isEqualTo("Nichts wurde importiert: Der Upload hat 1 Problem. "
                + "a.jsonl, Zeile 1, Feld „text“: ist leer oder besteht nur aus Leerraum");

        UploadContents twice = read(file("a.jsonl", "{\"text\":\"Same.\"}\n"), file("b.txt", "Same."));
        SkippedDocument skipped = twice.duplicates().getFirst();
        assertThat(skipped).isEqualTo(new SkippedDocument("b", "b.txt",
                "the same text as a.jsonl, line 1 in this upload"));
        assertThat(skipped.where(GERMAN)).isEqualTo("b.txt");
        assertThat(skipped.reason(GERMAN)).isEqualTo("derselbe Text wie a.jsonl, Zeile 1 in diesem Upload");
    }

    @Test
    void aLanguageTagThatIsNoneReadsInGerman() {
        UploadContents contents = read(file("a.csv", "text,language\nOne,Arabic\n"));

        assertThat(contents.problems().getFirst().toString()).isEqualTo(
                "a.csv, line 2, column 'language': not a language tag such as 'ar', 'uk' or 'zh-Hant': 'Arabic'");
        assertThat(inGerman(contents.problems())).containsExactly(
                "a.csv, Zeile 2, Spalte „language“: kein Sprach-Tag wie „ar“, „uk“ oder „zh-Hant“: "
                        + "„Arabic“");
    }

    @Test
    void everyJsonTypeHasItsWords() {
        Translations texts = new Translations();
        for (JsonNodeType type : JsonNodeType.values()) {
            assertThat(texts.has("corpus.import.json-type." + type.name().toLowerCase(Locale.ROOT)))
                    .as(type.name()).isTrue();
        }
    }

    private static List<String> inGerman(List<Problem> problems) {
        return problems.stream().map(problem -> problem.where(GERMAN) + ": " + problem.message(GERMAN)).toList();
    }
}
