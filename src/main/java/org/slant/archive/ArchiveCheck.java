package org.slant.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.Sha256Output;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether an uploaded file is a Slant project archive that can be stored as it is, in three steps that each
 * refuse with every problem they find: the manifest (a Slant archive of a format version this Slant reads), the
 * checksums (no file changed since the export), the contents (every line parses, every reference holds).
 */
@Component
class ArchiveCheck {

    static final Message REFUSED = Message.of("archive.check.refused");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ObjectReader json;

    ArchiveCheck(JsonMapper json) {
        // two values for one field is a damaged or hand-made file, not one to settle by taking the last
        this.json = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveFile.MANIFEST);
        if (entry == null) {
            throw InvalidInputException.of("archive", Message.of("archive.check.no-manifest", ArchiveFile.MANIFEST));
        }
        JsonNode manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = json.readTree(new JsonLines(in).rest());
        } catch (JacksonException | JsonLines.LineTooLongException e) {
            throw InvalidInputException.of(ArchiveFile.MANIFEST, Message.of("archive.check.unreadable", message(e)));
        }
        if (manifest == null || !manifest.isObject() || !Manifest.FORMAT.equals(manifest.path("format").asString(""))) {
            throw InvalidInputException.of(ArchiveFile.MANIFEST, Message.of("archive.check.not-the-format",
                    Manifest.FORMAT));
        }
        JsonNode version = manifest.path("formatVersion");
        if (!version.isIntegralNumber() || version.asLong() < Manifest.OLDEST_READ
                || version.asLong() > Manifest.FORMAT_VERSION) {
            throw InvalidInputException.of(ArchiveFile.MANIFEST, Message.of(
                    version.isIntegralNumber() && version.asLong() > Manifest.FORMAT_VERSION
                            ? "archive.check.newer-format-version" : "archive.check.format-version",
                    version.toString(), String.valueOf(Manifest.OLDEST_READ),
                    String.valueOf(Manifest.FORMAT_VERSION)));
        }
        int formatVersion = version.intValue();
        Problems problems = new Problems();
        Manifest.ProjectRef project = project(manifest.path("project"), problems);
        ArchiveCounts counts = counts(manifest.path("counts"), formatVersion, problems);
        Map<String, ArchivedFile> files = files(manifest.path("files"), formatVersion, problems);
        problems.refuseIfAny(REFUSED);
        return new Manifest(Manifest.FORMAT, formatVersion, manifest.path("slantVersion").asString(""),
                manifest.path("exportedAt").asString(""), project, counts, files);
    }

    /** Refuses the archive if a file is missing, added, or not byte for byte what was exported. */
    void checksums(ZipFile zip, Manifest manifest) throws IOException {
        Problems problems = new Problems();
        List<ArchiveFile> expectedFiles = ArchiveFile.of(manifest.formatVersion());
        for (ArchiveFile file : expectedFiles) {
            ZipEntry entry = zip.getEntry(file.fileName);
            ArchivedFile expected = manifest.files().get(file.fileName);
            if (entry == null) {
                problems.add(Problems.file(file.fileName), Message.of("archive.check.file-missing"));
            } else if (!expected.equals(digest(zip, entry, expected.bytes()))) {
                problems.add(Problems.file(file.fileName), Message.of("archive.check.file-changed"));
            }
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (!entry.isDirectory() && !entry.getName().equals(ArchiveFile.MANIFEST)
                    && expectedFiles.stream().noneMatch(file -> file.fileName.equals(entry.getName()))) {
                problems.add(Problems.file(entry.getName()), Message.of("archive.check.file-unknown",
                        String.valueOf(manifest.formatVersion())));
            }
        }
        problems.refuseIfAny(REFUSED);
    }

    /** Reads every row and refuses the archive unless all of them can be stored as they are. */
    CheckedArchive contents(ZipFile zip, Manifest manifest) throws IOException {
        return new ContentCheck(json, zip, manifest).run();
    }

    private static Manifest.ProjectRef project(JsonNode project, Problems problems) {
        JsonNode id = project.path("id");
        JsonNode name = project.path("name");
        if (!id.isString() || !ColumnType.isUuid(id.stringValue()) || !name.isString()) {
            problems.add(Problems.field(Problems.file(ArchiveFile.MANIFEST), "project"),
                    Message.of("archive.check.manifest-project"));
            return null;
        }
        return new Manifest.ProjectRef(UUID.fromString(id.stringValue()), name.stringValue());
    }

    /** The manifest's counts; those of files the format version does not have are 0. */
    private static ArchiveCounts counts(JsonNode counts, int formatVersion, Problems problems) {
        RecordComponent[] names = ArchiveCounts.class.getRecordComponents();
        long[] values = new long[names.length];
        for (int i = 0; i < values.length; i++) {
            String name = names[i].getName();
            if (formatVersion < ArchiveCounts.since(name)) {
                continue;
            }
            JsonNode count = counts.path(name);
            if (!count.isIntegralNumber() || !count.canConvertToLong() || count.asLong() < 0) {
                problems.add(Problems.field(Problems.file(ArchiveFile.MANIFEST), "counts." + name),
                        Message.of("archive.check.count"));
            } else {
                values[i] = count.asLong();
            }
        }
        return new ArchiveCounts(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                values[7], values[8], values[9], values[10], values[11], values[12], values[13], values[14],
                values[15], values[16]);
    }

    private static Map<String, ArchivedFile> files(JsonNode files, int formatVersion, Problems problems) {
        Map<String, ArchivedFile> listed = new LinkedHashMap<>();
        for (ArchiveFile file : ArchiveFile.of(formatVersion)) {
            JsonNode facts = files.path(file.fileName);
            JsonNode bytes = facts.path("bytes");
            JsonNode sha256 = facts.path("sha256");
            if (!bytes.isIntegralNumber() || !sha256.isString() || !SHA256.matcher(sha256.stringValue()).matches()) {
                problems.add(Problems.field(Problems.file(ArchiveFile.MANIFEST), "files"),
                        Message.of("archive.check.manifest-file", file.fileName));
            } else {
                listed.put(file.fileName, new ArchivedFile(bytes.asLong(), sha256.stringValue()));
            }
        }
        return listed;
    }

    /**
     * The file's size and SHA-256, reading no more than one byte past the size the manifest gives: a file that
     * unpacks to more is not the exported one, and is not unpacked to its end (a zip bomb would be).
     */
    private static ArchivedFile digest(ZipFile zip, ZipEntry entry, long expectedBytes) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return digest(in, expectedBytes);
        }
    }

    static ArchivedFile digest(InputStream in, long expectedBytes) throws IOException {
        try (Sha256Output counted = new Sha256Output(OutputStream.nullOutputStream())) {
            byte[] buffer = new byte[1 << 16];
            for (int n; counted.bytes() <= expectedBytes && (n = in.read(buffer)) != -1; ) {
                counted.write(buffer, 0, n);
            }
            return new ArchivedFile(counted.bytes(), counted.sha256Hex());
        }
    }

    /** Why a file cannot be read: not JSON (Jackson's own words, English), or a line too long. */
    static Message message(Exception e) {
        return switch (e) {
            case JacksonException jackson -> Message.of("archive.check.not-json", jackson.getOriginalMessage());
            case JsonLines.LineTooLongException tooLong -> tooLong.said();
            default -> Message.of("archive.check.unreadable-because", e.getMessage());
        };
    }
}
