package org.slant.annotation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException.Problem;

/** PTC's, BASIL's and WebAnno TSV's problems: English as the REST API gives it, German for the German reader. */
class PtcBasilWebAnnoProblemsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final String EVENT = "0d10341a-9dba-4374-a524-814c300d1611";

    @Test
    void ptcSaysALabelsFilesLinesAndColumnsInGerman() {
        ImportProblems problems = new ImportProblems();
        new PtcFormat().read(List.of(UploadedFile.of("article1.txt", "Some text here."),
                UploadedFile.of("train.labels", "1\tDoubt\t5\t3\n2\tDoubt\t0\t4\n1\tDoubt\tx\t4\n")), problems);

        List<Problem> found = problems.list();
        assertThat(found).extracting(Problem::toString).containsExactly(
                "train.labels, line 1, column 4 (end): end 3 is not after start 5",
                "train.labels, line 2, column 1 (article id): no file article2.txt in the upload; upload the "
                        + "articles with their labels",
                "train.labels, line 3, column 3 (start): not a whole number: 'x'");
        assertThat(found.get(0).where(GERMAN)).isEqualTo("train.labels, Zeile 1, Spalte 4 (Ende)");
        assertThat(found.get(0).message(GERMAN)).isEqualTo("das Ende 3 liegt nicht nach dem Start 5");
        assertThat(found.get(1).where(GERMAN)).isEqualTo("train.labels, Zeile 2, Spalte 1 (Artikel-ID)");
        assertThat(found.get(1).message(GERMAN))
                .isEqualTo("keine Datei article2.txt im Upload; laden Sie die Artikel mit ihren Labels hoch");
        assertThat(found.get(2).message(GERMAN)).isEqualTo("keine ganze Zahl: „x“");
    }

    @Test
    void ptcRefusesAnotherKindOfLabelsFileInGerman() {
        ImportProblems problems = new ImportProblems();
        new PtcFormat().read(List.of(UploadedFile.of("article1.txt", "Some text here."),
                UploadedFile.of("task1.labels", "1\tDoubt,Smears\n")), problems);

        Problem found = problems.list().getFirst();
        assertThat(found.toString()).isEqualTo("task1.labels, line 1: labels of whole articles (article id, "
                + "labels), as SemEval-2023's subtasks 1 and 2 have them; Slant imports technique spans: article id, "
                + "technique, start, end");
        assertThat(found.message(GERMAN)).startsWith("Labels ganzer Artikel (Artikel-ID, Labels)");
    }

    @Test
    void basilSaysAPhrasesPlaceAndWhyItCannotBeLocatedInGerman() {
        ImportProblems problems = new ImportProblems();
        new BasilFormat().read(List.of(
                UploadedFile.of(EVENT + "_1.json", "{\"title\": \"A title\", \"body-paragraphs\": "
                        + "[[\"One sentence here.\", \"Another one.\"]]}"),
                UploadedFile.of(EVENT + "_1_ann.json", "{\"phrase-level-annotations\": ["
                        + "{\"id\": \"p1\", \"start\": 0, \"end\": 5, \"txt\": \"storm\", \"bias\": \"lex\"},"
                        + "{\"id\": \"title\", \"start\": 0, \"end\": 1, \"txt\": \"A\", \"bias\": \"lex\", "
                        + "\"quote\": \"maybe\"}, 7]}")), problems);

        String file = EVENT + "_1_ann.json, phrase-level-annotations[";
        List<Problem> found = problems.list();
        assertThat(found).extracting(Problem::toString).containsExactly(
                file + "0] (id 'p1'), field 'txt': cannot locate 'storm': sentence p1 has 'Anoth' at 0–5, and "
                        + "sentence p1 does not have it",
                file + "1] (id 'title'), field 'quote': must be 'yes' or 'no', got 'maybe'",
                file + "2]: must be an object {...}");
        assertThat(found.get(0).where(GERMAN)).isEqualTo(file + "0] (ID „p1“), Feld „txt“");
        assertThat(found.get(0).message(GERMAN)).isEqualTo("„storm“ lässt sich nicht finden: Satz p1 hat "
                + "„Anoth“ bei 0–5, und Satz p1 enthält ihn nicht");
        assertThat(found.get(1).message(GERMAN)).isEqualTo("muss „yes“ oder „no“ sein, ist aber „maybe“");
        assertThat(found.get(2).message(GERMAN)).isEqualTo("muss ein Objekt {...} sein");
    }

    @Test
    void basilSaysWhereOffsetsFallOutsideTheTitleInGerman() {
        ImportProblems problems = new ImportProblems();
        new BasilFormat().read(List.of(
                UploadedFile.of(EVENT + "_1.json", "{\"title\": \"A title\", \"body-paragraphs\": [[\"One.\"]]}"),
                UploadedFile.of(EVENT + "_1_ann.json", "{\"phrase-level-annotations\": ["
                        + "{\"id\": \"title\", \"start\": 0, \"end\": 99, \"txt\": \"t\", \"bias\": \"lex\"}]}")),
                problems);

        Problem found = problems.list().getFirst();
        assertThat(found.message()).isEqualTo("cannot locate 't': start 0 and end 99 are not offsets in the title, "
                + "and the title has it more than once");
        assertThat(found.message(GERMAN)).isEqualTo("„t“ lässt sich nicht finden: Start 0 und Ende 99 sind keine "
                + "Offsets im Titel, und der Titel enthält ihn mehr als einmal");
    }

    @Test
    void webAnnoTsvSaysALinesColumnInGerman() {
        ImportProblems problems = new ImportProblems();
        new WebAnnoTsvFormat().read(List.of(UploadedFile.of("ann.tsv",
                "#FORMAT=WebAnno TSV 3.3\n\n\n#Text=Hi\n1-1\t0-5\tHi\t\n")), problems);

        Problem found = problems.list().getFirst();
        assertThat(found.toString()).isEqualTo("ann.tsv, line 5, column 2 (offsets): the offsets 0-5 do not fit the "
                + "token 'Hi' (2 UTF-16 units)");
        assertThat(found.where(GERMAN)).isEqualTo("ann.tsv, Zeile 5, Spalte 2 (offsets)");
        assertThat(found.message(GERMAN))
                .isEqualTo("die Offsets 0-5 passen nicht zum Token „Hi“ (2 UTF-16-Einheiten)");
    }

    @Test
    void webAnnoTsvSaysAFileThatIsNotTsv3InGerman() {
        ImportProblems problems = new ImportProblems();
        new WebAnnoTsvFormat().read(List.of(UploadedFile.of("ann.tsv", "hello\n")), problems);

        Problem found = problems.list().getFirst();
        assertThat(found.toString()).isEqualTo("ann.tsv, line 1: not WebAnno TSV 3: the first line must be "
                + "'#FORMAT=WebAnno TSV 3.3' (or 3.x), not 'hello'");
        assertThat(found.message(GERMAN)).isEqualTo("kein WebAnno TSV 3: Die erste Zeile muss '#FORMAT=WebAnno TSV "
                + "3.3' (oder 3.x) lauten, nicht „hello“");
    }
}
