package org.slant.corpus.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slant.platform.InvalidInputException.Problem;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** Uploads made in memory for the tests, and the reading of them without Spring. */
final class Uploads {

    /** Small limits, so that tests can pass them with little data. */
    static final ImportLimits SMALL = new ImportLimits(DataSize.ofKilobytes(64), DataSize.ofKilobytes(4));

    private Uploads() {
    }

    static UploadContents read(ImportLimits limits, ImportFile... files) {
        return new UploadReader(limits, JsonMapper.builder().build()).read(List.of(files));
    }

    static UploadContents read(ImportFile... files) {
        return read(SMALL, files);
    }

    static ImportFile file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static ImportFile file(String name, byte[] content) {
        return ImportFile.named(name, content.length, new ByteArrayResource(content));
    }

    /** A file whose size is not known before it is read, like a request body sent in chunks. */
    static ImportFile streamed(String name, byte[] content) {
        return ImportFile.named(name, -1, () -> new ByteArrayInputStream(content));
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Zip entries from names and texts, in the order given. */
    static byte[] zip(String... namesAndTexts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            entries.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return zip(entries);
    }

    static List<String> problems(UploadContents contents) {
        return contents.problems().stream().map(Problem::toString).toList();
    }
}
