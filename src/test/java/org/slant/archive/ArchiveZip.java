package org.slant.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An archive's files in memory, to look into and to change the way a careless hand or a damaged disk would. */
final class ArchiveZip {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<String, byte[]> files;

    private ArchiveZip(Map<String, byte[]> files) {
        this.files = files;
    }

    static ArchiveZip read(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArchiveZip(files);
    }

    /** The project's archive, as this installation exports it (its managers' right: the test's admin has it). */
    static byte[] exported(ProjectArchiveExport archives, UUID projectId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            archives.export(projectId, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ArchiveZip of(Map<String, String> texts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new ArchiveZip(files);
    }

    byte[] bytes() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    List<String> names() {
        return List.copyOf(files.keySet());
    }

    String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    JsonNode json(String name) {
        return JSON.readTree(text(name));
    }

    List<String> lines(String name) {
        return text(name).lines().toList();
    }

    /** The same archive with the file changed; the manifest still has the old checksum. */
    ArchiveZip with(String name, String text) {
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.put(name, text.getBytes(StandardCharsets.UTF_8));
        return new ArchiveZip(changed);
    }

    /** The same archive with line {@code number} (from 1) of a JSON Lines file replaced. */
    ArchiveZip withLine(String name, int number, String line) {
        List<String> lines = new ArrayList<>(lines(name));
        lines.set(number - 1, line);
        return with(name, String.join("\n", lines) + "\n");
    }

    /** The manifest's sizes and checksums made to fit the files as they are now: a consistent, forged archive. */
    ArchiveZip withChecksums() {
        ObjectNode manifest = (ObjectNode) json(ArchiveFile.MANIFEST);
        ObjectNode listed = (ObjectNode) manifest.get("files");
        for (String name : files.keySet()) {
            if (!name.equals(ArchiveFile.MANIFEST)) {
                listed.putObject(name).put("bytes", files.get(name).length).put("sha256", sha256(files.get(name)));
            }
        }
        return with(ArchiveFile.MANIFEST, manifest.toString());
    }

    /**
     * A copy of the project as if it were another one: every id replaced by a new one (consistently across the
     * files), and the annotators renamed so this installation does not know them. Checksums fit.
     */
    ArchiveZip asAnotherProject() {
        ArchiveZip renamed = withNewIds();
        ObjectNode annotators = (ObjectNode) renamed.json(ArchiveFile.ANNOTATORS.fileName);
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        annotators.get("annotators").forEach(annotator -> ((ObjectNode) annotator).put("username",
                annotator.get("username").stringValue() + suffix));
        return renamed.with(ArchiveFile.ANNOTATORS.fileName, annotators.toString()).withChecksums();
    }

    /**
     * A copy of the project with every id replaced by a new one (consistently across the files), the people's ids
     * too; their usernames stay, so they are matched to the accounts here. Checksums fit.
     */
    ArchiveZip withNewIds() {
        Map<String, String> newIds = new HashMap<>();
        Map<String, byte[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Matcher ids = UUID_TEXT.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
            String replaced = ids.replaceAll(id -> newIds.computeIfAbsent(id.group(), old -> UUID.randomUUID()
                    .toString()));
            copy.put(file.getKey(), replaced.getBytes(StandardCharsets.UTF_8));
        }
        return new ArchiveZip(copy).withChecksums();
    }

    /** The same archive with {@code text} replaced wherever it stands, in every file; checksums fit. */
    ArchiveZip replacing(String text, String replacement) {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        files.forEach((name, bytes) -> copy.put(name, new String(bytes, StandardCharsets.UTF_8)
                .replace(text, replacement).getBytes(StandardCharsets.UTF_8)));
        return new ArchiveZip(copy).withChecksums();
    }

    /**
     * The archive as Slant wrote it in format version 1: without the team, assignments and gold, and with only the
     * accounts its annotations and history name. Checksums fit.
     */
    ArchiveZip asFormatVersion1() {
        return asFormatVersion2().olderFormat(1, List.of("members.jsonl", "assignments.jsonl"),
                List.of("members", "assignments"), List.of("spans.jsonl", "answers.jsonl", "events.jsonl"));
    }

    /**
     * The archive as Slant wrote it in format version 2: without gold, its history and the documents' curation
     * statuses, and with only the accounts the rest names. Checksums fit.
     */
    ArchiveZip asFormatVersion2() {
        return asFormatVersion3().olderFormat(2, List.of("gold_spans.jsonl", "gold_answers.jsonl", "curation.jsonl",
                "gold_events.jsonl"), List.of("goldSpans", "goldAnswers", "curationStatuses", "goldEvents"),
                List.of("spans.jsonl", "answers.jsonl", "events.jsonl", "members.jsonl", "assignments.jsonl"));
    }

    /** The archive as Slant wrote it in format version 3: the project without outlet_blind. Checksums fit. */
    ArchiveZip asFormatVersion3() {
        return asFormatVersion4().withoutOutletBlind();
    }

    /**
     * The archive as Slant wrote it in format version 4: without pre-annotations, and with only the accounts the
     * rest names. Checksums fit.
     */
    ArchiveZip asFormatVersion4() {
        return asFormatVersion5().olderFormat(4, List.of("pre_annotations.jsonl"), List.of("preAnnotations"), List.of("spans.jsonl",
                "answers.jsonl", "events.jsonl", "members.jsonl", "assignments.jsonl", "curation.jsonl",
                "gold_events.jsonl"));
    }

    /** The archive as Slant wrote it in format version 5: its documents without a language. Checksums fit. */
    ArchiveZip asFormatVersion5() {
        StringBuilder documents = new StringBuilder();
        text(ArchiveFile.DOCUMENTS.fileName).lines().forEach(line -> {
            ObjectNode row = (ObjectNode) JSON.readTree(line);
            row.remove("language");
            documents.append(row).append('\n');
        });
        ObjectNode manifest = (ObjectNode) json(ArchiveFile.MANIFEST);
        manifest.put("formatVersion", 5);
        return with(ArchiveFile.DOCUMENTS.fileName, documents.toString())
                .with(ArchiveFile.MANIFEST, manifest.toString()).withChecksums();
    }

    private ArchiveZip withoutOutletBlind() {
        ObjectNode project = (ObjectNode) json(ArchiveFile.PROJECT.fileName);
        project.remove("outlet_blind");
        ObjectNode manifest = (ObjectNode) json(ArchiveFile.MANIFEST);
        manifest.put("formatVersion", 3);
        return with(ArchiveFile.PROJECT.fileName, project.toString()).with(ArchiveFile.MANIFEST, manifest.toString())
                .withChecksums();
    }

    /** Without the files and counts the version did not have; annotators.json names whom {@code naming} name. */
    private ArchiveZip olderFormat(int version, List<String> newerFiles, List<String> newerCounts,
            List<String> naming) {
        Map<String, byte[]> older = new LinkedHashMap<>(files);
        newerFiles.forEach(older::remove);
        String work = naming.stream().map(this::text).collect(Collectors.joining());
        ObjectNode annotators = (ObjectNode) json(ArchiveFile.ANNOTATORS.fileName);
        ArrayNode named = annotators.putArray("annotators");
        json(ArchiveFile.ANNOTATORS.fileName).get("annotators").forEach(annotator -> {
            if (work.contains(annotator.get("id").stringValue())) {
                named.add(annotator);
            }
        });
        older.put(ArchiveFile.ANNOTATORS.fileName, annotators.toString().getBytes(StandardCharsets.UTF_8));
        ObjectNode manifest = (ObjectNode) json(ArchiveFile.MANIFEST);
        manifest.put("formatVersion", version);
        ObjectNode counts = (ObjectNode) manifest.get("counts");
        newerCounts.forEach(counts::remove);
        counts.put("annotators", named.size());
        ObjectNode listed = (ObjectNode) manifest.get("files");
        newerFiles.forEach(listed::remove);
        older.put(ArchiveFile.MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        return new ArchiveZip(older).withChecksums();
    }

    UUID projectId() {
        return UUID.fromString(json(ArchiveFile.MANIFEST).get("project").get("id").stringValue());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
