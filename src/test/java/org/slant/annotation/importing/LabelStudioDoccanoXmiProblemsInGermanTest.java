package org.slant.annotation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException.Problem;

/** Label Studio's, doccano's, INCEpTION's and the upload's problems: English as the REST API gives it, and German. */
class LabelStudioDoccanoXmiProblemsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void labelStudiosProblemsAndTasksAreSaidInGerman() {
        ImportProblems problems = new ImportProblems();
        new LabelStudioFormat().read(List.of(UploadedFile.of("tasks.json", "[{\"data\": {\"text\": \"Hi there\"}, "
                + "\"annotations\": [{\"completed_by\": 1, \"result\": [{\"type\": \"labels\", \"from_name\": \"Frame\", "
                + "\"id\": \"r1\", \"value\": {\"start\": 0, \"end\": 2, \"text\": \"Ho\", \"labels\": [\"X\"]}}]}]},\n"
                + "{\"annotations\": []}]")), problems);

        List<Problem> found = problems.list();
        assertThat(found).extracting(Problem::toString).containsExactly(
                "tasks.json, task 1 (line 1), field 'annotations[0].result[0].value.text': is 'Ho', which is not the "
                        + "text at start 0 and end 2: counted in UTF-16 units, as Label Studio counts, they cover 'Hi'; "
                        + "counted in code points they cover 'Hi'; was the text changed after it was annotated?",
                "tasks.json, task 2 (line 2), field 'data': is missing: a task of Label Studio's JSON export holds "
                        + "its text in 'data' (a JSON-MIN export's rows hold it in 'text')");
        assertThat(found.get(0).where(GERMAN))
                .isEqualTo("tasks.json, Task 1 (Zeile 1), Feld „annotations[0].result[0].value.text“");
        assertThat(found.get(0).message(GERMAN)).isEqualTo("ist „Ho“, was nicht der Text bei Start 0 und Ende 2 ist: "
                + "In UTF-16-Einheiten gezählt, wie Label Studio zählt, umfassen sie „Hi“; in Codepoints gezählt "
                + "umfassen sie „Hi“; wurde der Text nach dem Annotieren geändert?");
        assertThat(found.get(1).where(GERMAN)).isEqualTo("tasks.json, Task 2 (Zeile 2), Feld „data“");
        assertThat(found.get(1).message(GERMAN)).startsWith("fehlt: Ein Task des JSON-Exports von Label Studio");
    }

    @Test
    void doccanosProblemsAreSaidInGerman() {
        ImportProblems problems = new ImportProblems();
        new DoccanoFormat().read(List.of(UploadedFile.of("ex.jsonl",
                "{\"text\": \"abc\", \"label\": [[0, 5, \"X\"]], \"cats\": {\"A\": 0.5}}\n{\"text\": oops}\n")),
                problems);

        List<Problem> found = problems.list();
        assertThat(found).extracting(Problem::toString).containsExactly(
                "ex.jsonl, line 1, field 'label[0][0]': end 5 is beyond the text, which is 3 UTF-16 units long "
                        + "(3 characters) (doccano counts UTF-16 units, as JavaScript does)",
                "ex.jsonl, line 1, field 'cats.A': is 0.5; a class is chosen (true or 1) or not (false or 0): scores "
                        + "are not answers",
                found.get(2).toString());
        assertThat(found.get(0).where(GERMAN)).isEqualTo("ex.jsonl, Zeile 1, Feld „label[0][0]“");
        assertThat(found.get(0).message(GERMAN)).isEqualTo("Ende 5 liegt hinter dem Text, der 3 UTF-16-Einheiten "
                + "lang ist (3 Zeichen) (doccano zählt UTF-16-Einheiten, wie JavaScript)");
        assertThat(found.get(1).message(GERMAN)).isEqualTo("ist 0.5; eine Klasse ist gewählt (true oder 1) oder "
                + "nicht (false oder 0): Scores sind keine Antworten");
        assertThat(found.get(2).toString()).startsWith("ex.jsonl, line 2, column ");
        assertThat(found.get(2).where(GERMAN)).startsWith("ex.jsonl, Zeile 2, Spalte ");
        assertThat(found.get(2).message(GERMAN)).startsWith("kein gültiges JSON: ");
    }

    @Test
    void anXmiUploadsProblemsAreSaidInGerman() {
        ImportProblems problems = new ImportProblems();
        new InceptionXmiFormat().read(List.of(UploadedFile.of("notes.txt", "notes")), problems);

        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "notes.txt: neither UIMA CAS XMI (.xmi) nor a type system (TypeSystem.xml); upload INCEpTION's "
                        + "export as it is, or its .xmi files with their TypeSystem.xml");
        assertThat(problems.list().getFirst().message(GERMAN)).isEqualTo("weder UIMA CAS XMI (.xmi) noch ein "
                + "Typsystem (TypeSystem.xml); laden Sie den Export von INCEpTION unverändert hoch oder seine "
                + ".xmi-Dateien mit ihrer TypeSystem.xml");
    }

    @Test
    void anArchivesEntriesAreNamedInGerman() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../evil.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("docs/a.txt"));
            zip.write("a".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ImportProblems problems = new ImportProblems();
        List<UploadedFile> files = new ArrayList<>();
        new UploadedFiles(1 << 20, "1 MB").add("x.zip", new ByteArrayInputStream(bytes.toByteArray()), files,
                problems);

        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "x.zip, entry '../evil.txt': has '..' in its path, which would lead out of the archive");
        Problem problem = problems.list().getFirst();
        assertThat(problem.where(GERMAN)).isEqualTo("x.zip, Eintrag „../evil.txt“");
        assertThat(problem.message(GERMAN)).isEqualTo("hat „..“ im Pfad, was aus dem Archiv hinausführen würde");
        assertThat(files).extracting(UploadedFile::where).containsExactly("x.zip, entry 'docs/a.txt'");
        assertThat(files.getFirst().place().in(GERMAN)).isEqualTo("x.zip, Eintrag „docs/a.txt“");
    }
}
