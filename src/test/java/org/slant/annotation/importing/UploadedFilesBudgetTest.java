package org.slant.annotation.importing;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException.Problem;

/**
 * Archives built to exhaust the server: every byte the unpacker inflates counts against the budget, including entries
 * it passes over; a tar entry that claims more than it holds ends in a problem; and many empty entries are refused by
 * their number. Memory stays bounded by the budget, never by an OutOfMemoryError.
 */
class UploadedFilesBudgetTest {

    private static final long LIMIT = 64 * 1024;
    private static final String TOO_LARGE = "larger than the upload limit of 64 KB, counted unpacked; split it into "
            + "several imports";
    private static final byte[] MEGABYTE_OF_ZEROS = new byte[1024 * 1024];

    private final ImportProblems problems = new ImportProblems();
    private final List<UploadedFile> files = new ArrayList<>();

    private void add(String name, byte[] bytes) throws IOException {
        new UploadedFiles(LIMIT, "64 KB").add(name, new ByteArrayInputStream(bytes), files, problems);
    }

    @Test
    void aZipEntryThatUnpacksPastTheBudgetIsRefused() throws IOException {
        add("bomb.zip", zip(Map.of("a.jsonl", MEGABYTE_OF_ZEROS)));

        assertThat(problems.list()).containsExactly(new Problem("upload", TOO_LARGE));
    }

    @Test
    void entriesPassedOverCountAgainstTheBudgetToo() throws IOException {
        // hidden files, macOS's folder and refused paths are not read as files, but unpacked to reach the next entry
        for (String passedOver : List.of(".hidden", "__MACOSX/._a.jsonl", "../escape.jsonl", "/absolute.jsonl")) {
            ImportProblems own = new ImportProblems();
            new UploadedFiles(LIMIT, "64 KB").add("bomb.zip", new ByteArrayInputStream(zip(Map.of(passedOver,
                    MEGABYTE_OF_ZEROS, "b.jsonl", "{}".getBytes(UTF_8)))), new ArrayList<>(), own);

            assertThat(own.list()).as(passedOver).contains(new Problem("upload", TOO_LARGE));
        }
    }

    @Test
    void aHiddenTarEntryCountsAgainstTheBudget() throws IOException {
        add("bomb.tar.gz", gzip(tar(Map.of("./.bomb", MEGABYTE_OF_ZEROS, "a.jsonl", "{}".getBytes(UTF_8)))));

        assertThat(problems.list()).containsExactly(new Problem("upload", TOO_LARGE));
    }

    @Test
    void aTarEntryClaimingMoreThanItHoldsIsAProblemNotAnEndlessRead() throws IOException {
        byte[] tar = tar(Map.of("a.jsonl", "{\"text\":\"x\"}".getBytes(UTF_8)));
        declareSize(tar, 0, "77777777777");

        add("huge.tar", tar);

        assertThat(problems.list()).hasSize(1);
        assertThat(problems.list().getFirst().where()).isIn("huge.tar", "upload");
        assertThat(files).isEmpty();
    }

    @Test
    void aZipCutShortIsAProblemNamingTheFile() throws IOException {
        byte[] whole = zip(Map.of("a.jsonl", "{\"text\":\"A text that deflates.\"}\n".repeat(1000).getBytes(UTF_8)));

        add("export.zip", java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(problems.list()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("export.zip");
            assertThat(problem.message()).startsWith("not a readable zip archive");
        });
    }

    @Test
    void zipsInsideTheUploadShareItsBudget() throws IOException {
        UploadedFiles reader = new UploadedFiles(LIMIT, "64 KB");
        byte[] inner = zip(Map.of("alice.xmi", MEGABYTE_OF_ZEROS));
        reader.add("project.zip", new ByteArrayInputStream(zip(Map.of("annotation/d.txt/alice.zip", inner))), files,
                problems);
        assertThat(problems.list()).isEmpty();

        reader.addZipInside(files.getFirst(), files, problems);

        assertThat(problems.list()).containsExactly(new Problem("project.zip, entry 'annotation/d.txt/alice.zip'",
                "the zips inside the upload: " + TOO_LARGE));
    }

    @Test
    void manyEmptyEntriesAreRefusedByTheirNumber() throws IOException {
        Map<String, byte[]> empty = new LinkedHashMap<>();
        for (int i = 0; i <= UploadedFiles.MAX_FILES; i++) {
            empty.put("f" + i, new byte[0]);
        }

        add("many.zip", zip(empty));

        assertThat(problems.list()).containsExactly(new Problem("upload", "holds more than 100000 files; split it "
                + "into several imports"));
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] tar(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry header = new TarArchiveEntry(entry.getKey());
                header.setSize(entry.getValue().length);
                tar.putArchiveEntry(header);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** Writes another size (11 octal digits) into the tar header at {@code offset}, with its checksum. */
    static void declareSize(byte[] tar, int offset, String octal) {
        System.arraycopy((octal + "\0").getBytes(US_ASCII), 0, tar, offset + 124, 12);
        System.arraycopy("        ".getBytes(US_ASCII), 0, tar, offset + 148, 8);
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += tar[offset + i] & 0xff;
        }
        System.arraycopy(String.format("%06o\0 ", sum).getBytes(US_ASCII), 0, tar, offset + 148, 8);
    }
}
