package org.slant.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slant.corpus.importing.Uploads.file;
import static org.slant.corpus.importing.Uploads.problems;
import static org.slant.corpus.importing.Uploads.read;
import static org.slant.corpus.importing.Uploads.zip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.HostileInput;
import org.slant.platform.InvalidInputException.Problem;

/**
 * Property: whatever the files of a document import hold (damaged JSON Lines, CSV with stray quotes, bytes that are
 * not UTF-8, damaged zips, names of every kind), reading them answers documents and named problems and never throws;
 * and archives built to exhaust the server are refused by the byte budget.
 */
class HostileUploadsTest {

    private static final long SEED = 5_2026L;
    private static final int TRIES = 400;
    private static final String UPLOAD_TOO_LARGE = "upload: the upload is larger than the limit of 64 KB "
            + "(slant.import.max-upload); split it into several imports";
    private static final String JSONL = """
            {"text":"NATO and Russia 👋🏽 talked.","title":"Talks","outlet":"Wire","story":"Council","url":"https://e.org/1","published":"2022-01-12","externalId":"w-1","meta":{"tags":["a"]}}
            {"text":"Second text.\\r\\nLine two.","externalId":7}
            """;
    private static final String CSV = """
            externalId,title,text,outlet,published,section
            csv-1,Ministers meet,"Foreign ministers met in Vienna.
            A second paragraph, with a comma.",Example Times,2022-01-13,world
            csv-2,,Short article without a title.,Example Times,,opinion
            """;

    @Test
    void readingHostileFilesNeverThrows() {
        List<Integer> documentsRead = new ArrayList<>();
        HostileInput.tries(SEED, TRIES, (input, number) -> {
            List<ImportFile> files = new ArrayList<>();
            int count = input.between(1, 3);
            for (int i = 0; i < count; i++) {
                files.add(hostileFile(input, i));
            }
            UploadContents contents = read(files.toArray(ImportFile[]::new));
            for (Problem problem : contents.problems()) {
                assertThat(problem.where()).as(problem.toString()).isNotBlank();
                assertThat(problem.message()).as(problem.toString()).isNotBlank();
            }
            contents.documents().forEach(document -> assertThat(document.document().text()).isNotBlank()
                    .doesNotContain("\u0000"));
            documentsRead.add(contents.documents().size());
        });
        assertThat(documentsRead).anyMatch(count -> count > 0);
    }

    private static ImportFile hostileFile(HostileInput input, int number) {
        return switch (input.random().nextInt(6)) {
            case 0 -> file("news" + number + ".jsonl", input.chance(0.8) ? input.mutatedJson(JSONL)
                    : input.jsonValue(3));
            case 1 -> file("table" + number + ".csv", input.mutatedLines(input.chance(0.8) ? CSV
                    : CSV.replace("\"", "")));
            case 2 -> file("note" + number + ".txt", input.chance(0.5) ? input.notUtf8(input.string())
                    : input.string().getBytes(StandardCharsets.UTF_8));
            case 3 -> file("corpus" + number + ".zip", input.chance(0.5) ? zip(input.string().replace("\u0000", "")
                    + ".txt", input.string(), "b/" + number + ".txt", "text") : input.damaged(zip("a.txt", "A text.",
                    "b.txt", "Another.")));
            case 4 -> file(input.string() + input.oneOf(List.of(".txt", ".jsonl", ".csv", ".zip", ".exe", "")),
                    input.string());
            default -> file("broken" + number + ".jsonl", input.notUtf8(JSONL));
        };
    }

    @Test
    void aMetaValueOfNullIsKeptNotAFailure() {
        UploadContents contents = read(file("a.jsonl", "{\"text\":\"A text.\",\"meta\":{\"desk\":null}}\n"));

        assertThat(problems(contents)).isEmpty();
        assertThat(contents.documents().getFirst().document().meta()).containsEntry("desk", null);
    }

    @Test
    void aZipCutShortIsAProblemNamingTheFile() {
        // letters at random hardly compress, so half the zip ends inside the entry's data
        java.util.Random letters = new java.util.Random(1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append((char) ('a' + letters.nextInt(26)));
        }
        byte[] whole = zip("a.txt", text.toString());
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThat(problems(read(file("corpus.zip", cut)))).singleElement().asString()
                .startsWith("corpus.zip: not a readable zip archive");
    }

    @Test
    void aFileWithoutANameIsNamedAsSuch() {
        assertThat(problems(read(file("", "text")))).containsExactly("a file without a name: Slant does not read "
                + "this kind of file; the file name must end in .txt, .zip, .jsonl, .ndjson, .csv");
    }

    @Test
    void zipEntriesPassedOverCountAgainstTheBudget() {
        // a hidden file, macOS's folder and refused entries are unpacked to reach the next entry: they count
        for (String passedOver : List.of(".hidden.txt", "__MACOSX/._a.txt", "../escape.txt", "notes.md")) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(passedOver, new byte[1024 * 1024]);
            entries.put("a.txt", "A text.".getBytes(StandardCharsets.UTF_8));

            assertThat(problems(read(file("bomb.zip", zip(entries))))).as(passedOver).contains(UPLOAD_TOO_LARGE);
        }
    }

    @Test
    void aZipInsideAZipIsNotUnpacked() {
        byte[] inner = zip(Map.of("a.txt", new byte[1024 * 1024]));

        assertThat(problems(read(file("outer.zip", zip(Map.of("inner.zip", inner)))))).containsExactly(
                "outer.zip, entry 'inner.zip': is not a .txt file; a zip may hold only .txt files (import other files "
                        + "on their own, or remove it from the archive)");
    }

    @Test
    void manyEmptyEntriesStopAtTheProblemLimit() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 50_000; i++) {
            entries.put(i + ".txt", new byte[0]);
        }

        UploadContents contents = read(file("empty.zip", zip(entries)));

        assertThat(contents.documents()).isEmpty();
        assertThat(contents.problems()).hasSizeLessThanOrEqualTo(1001);
    }
}
