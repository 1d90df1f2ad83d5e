package org.slant.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slant.corpus.importing.Uploads.SMALL;
import static org.slant.corpus.importing.Uploads.file;
import static org.slant.corpus.importing.Uploads.problems;
import static org.slant.corpus.importing.Uploads.read;
import static org.slant.corpus.importing.Uploads.streamed;
import static org.slant.corpus.importing.Uploads.zip;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.corpus.importing.ImportResult.SkippedDocument;
import org.slant.platform.InvalidInputException;
import org.springframework.util.unit.DataSize;

/** What every upload goes through whatever its files' formats: limits, duplicates, and reporting every problem. */
class UploadReaderTest {

    private static final String UPLOAD_TOO_LARGE = "upload: the upload is larger than the limit of 64 KB "
            + "(slant.import.max-upload); split it into several imports";
    private static final String DOCUMENT_TOO_LARGE = "the text is larger than the limit of 4 KB per document "
            + "(slant.import.max-document)";

    @Test
    void readsFilesOfEveryFormatInOrder() {
        UploadContents contents = read(file("a.txt", "From a text file."),
                file("b.jsonl", "{\"text\":\"From JSON Lines.\"}\n"),
                file("c.csv", "text\nFrom CSV.\n"),
                file("d.zip", zip("d1.txt", "From a zip.")));

        assertThat(problems(contents)).isEmpty();
        assertThat(contents.documents()).extracting(IncomingDocument::where).containsExactly("a.txt",
                "b.jsonl, line 1", "c.csv, line 2", "d.zip, entry 'd1.txt'");
    }

    @Test
    void leavesOutASecondDocumentWithTheSameTextNamingTheFirst() {
        UploadContents contents = read(file("a.jsonl", """
                {"text":"Same text.","title":"First"}
                {"text":"Other text."}
                {"text":"Same text.","title":"Again"}
                """), file("b.txt", "Same text."));

        assertThat(problems(contents)).isEmpty();
        assertThat(contents.documents()).extracting(IncomingDocument::title).containsExactly("First", "Other text.");
        assertThat(contents.duplicates()).containsExactly(
                new SkippedDocument("Again", "a.jsonl, line 3", "the same text as a.jsonl, line 1 in this upload"),
                new SkippedDocument("b", "b.txt", "the same text as a.jsonl, line 1 in this upload"));
    }

    @Test
    void textsThatDifferOnlyInLineEndingsAreNotDuplicates() {
        UploadContents contents = read(file("a.txt", "One\nTwo"), file("b.txt", "One\r\nTwo"));

        assertThat(contents.documents()).hasSize(2);
        assertThat(contents.duplicates()).isEmpty();
    }

    @Test
    void refusesADocumentOverTheSizeLimitInEveryFormat() {
        String large = "x".repeat(4 * 1024 + 1);
        String justRight = "y".repeat(4 * 1024);
        UploadContents contents = read(file("large.txt", large), file("right.txt", justRight),
                file("large.jsonl", "{\"text\":\"" + large + "\"}\n"),
                file("large.csv", "text\n" + large + "\n"),
                file("large.zip", zip("big.txt", large)));

        assertThat(problems(contents)).containsExactly("large.txt: " + DOCUMENT_TOO_LARGE,
                "large.jsonl, line 1, field 'text': " + DOCUMENT_TOO_LARGE,
                "large.csv, line 2, column 'text': " + DOCUMENT_TOO_LARGE,
                "large.zip, entry 'big.txt': " + DOCUMENT_TOO_LARGE);
        assertThat(contents.documents()).extracting(IncomingDocument::where).containsExactly("right.txt");
    }

    @Test
    void theDocumentLimitCountsUtf8Bytes() {
        // 2,048 two-byte characters: 4,096 bytes, at the limit; one more character passes it
        UploadContents contents = read(file("at.jsonl", "{\"text\":\"" + "é".repeat(2048) + "\"}\n"),
                file("over.jsonl", "{\"text\":\"" + "é".repeat(2049) + "\"}\n"));

        assertThat(problems(contents)).containsExactly("over.jsonl, line 1, field 'text': " + DOCUMENT_TOO_LARGE);
    }

    @Test
    void refusesAnUploadOverTheLimitBeforeReadingIt() {
        byte[] half = jsonLines(40 * 1024);

        UploadContents contents = read(file("one.jsonl", half), file("two.jsonl", half));

        assertThat(problems(contents)).containsExactly(UPLOAD_TOO_LARGE);
        assertThat(contents.documents()).isEmpty();
    }

    @Test
    void stopsReadingAStreamOfUnknownSizeOnceItPassesTheLimit() {
        UploadContents contents = read(streamed("body.jsonl", jsonLines(70 * 1024)));

        assertThat(problems(contents)).containsExactly(UPLOAD_TOO_LARGE);
    }

    @Test
    void countsZipEntriesUnpacked() {
        // twenty documents of 3.9 KB compress to little, but unpack to more than 64 KB
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            entries.put("doc" + i + ".txt", (i + " " + "z".repeat(3900)).getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = zip(entries);
        assertThat(zip.length).isLessThan(64 * 1024);

        assertThat(problems(read(file("bomb.zip", zip)))).containsExactly(UPLOAD_TOO_LARGE);
    }

    @Test
    void refusesAFileOfAnUnknownKind() {
        assertThat(problems(read(file("notes.docx", "PK..."), file("README", "text")))).containsExactly(
                "notes.docx: Slant does not read this kind of file; the file name must end in .txt, .zip, .jsonl, "
                        + ".ndjson, .csv",
                "README: Slant does not read this kind of file; the file name must end in .txt, .zip, .jsonl, "
                        + ".ndjson, .csv");
    }

    @Test
    void reportsEveryProblemOfEveryFileAtOnce() {
        UploadContents contents = read(
                file("mixed.jsonl", """
                        {"text":"Good one."}
                        {"txt":"Typo."}
                        not json
                        {"text":"  "}
                        {"text":"Good two.","published":"yesterday"}
                        """),
                file("table.csv", "title\nNo text column\n"),
                file("fine.txt", "A fine document."),
                file("latin1.txt", new byte[] {'a', (byte) 0xE4}),
                file("slides.pptx", "?"));

        assertThat(problems(contents)).hasSize(8);
        assertThat(problems(contents).get(0)).startsWith("mixed.jsonl, line 2, field 'txt': unknown field");
        assertThat(problems(contents).get(1)).isEqualTo("mixed.jsonl, line 2, field 'text': is missing: every "
                + "document needs its text");
        assertThat(problems(contents).get(2)).startsWith("mixed.jsonl, line 3, column ").contains("not valid JSON");
        assertThat(problems(contents).get(3)).isEqualTo("mixed.jsonl, line 4, field 'text': is empty or only white "
                + "space");
        assertThat(problems(contents).get(4)).isEqualTo("mixed.jsonl, line 5, field 'published': not an ISO date "
                + "(YYYY-MM-DD): 'yesterday'");
        assertThat(problems(contents).get(5)).startsWith("table.csv, line 1: no 'text' column");
        assertThat(problems(contents).get(6)).startsWith("latin1.txt: not UTF-8: the byte 0xE4 at byte offset 1");
        assertThat(problems(contents).get(7)).startsWith("slides.pptx: Slant does not read this kind of file");

        InvalidInputException refusal = contents.refusal();
        assertThat(refusal.problems()).hasSize(8);
        assertThat(refusal.getMessage()).startsWith("Nothing was imported: the upload has 8 problems. mixed.jsonl, "
                + "line 2, field 'txt': unknown field");
    }

    @Test
    void stopsReadingAfterAThousandProblems() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            lines.append("{}\n");
        }
        ImportLimits roomy = new ImportLimits(DataSize.ofMegabytes(1), SMALL.maxDocument());

        UploadContents contents = read(roomy, file("empty-objects.jsonl", lines.toString()),
                file("never-read.txt", "  "));

        assertThat(contents.problems()).hasSize(UploadContents.MAX_PROBLEMS);
        assertThat(problems(contents).getLast()).isEqualTo("empty-objects.jsonl, line 1000, field 'text': is "
                + "missing: every document needs its text");
        InvalidInputException refusal = contents.refusal();
        assertThat(refusal.problems()).hasSize(UploadContents.MAX_PROBLEMS + 1);
        assertThat(refusal.problems().getLast().toString()).isEqualTo("upload: reading stopped after 1000 problems; "
                + "there may be more after them");
        assertThat(refusal.getMessage()).startsWith("Nothing was imported: the upload has 1000 or more problems.");
    }

    /** About {@code bytes} of JSON Lines, each line a different document. */
    private static byte[] jsonLines(int bytes) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; lines.length() < bytes; i++) {
            lines.append("{\"text\":\"Document ").append(i).append(' ').append("w".repeat(500)).append("\"}\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
