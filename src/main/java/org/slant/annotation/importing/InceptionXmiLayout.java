package org.slant.annotation.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slant.annotation.AssignmentStatus;
import org.slant.platform.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a file sits in an INCEpTION export, shared by the XMI and the TSV readers. A project export keeps each
 * annotator's work on a document as {@code annotation/<document>/<user>.<ext>}, or zipped with its type system as
 * {@code annotation/<document>/<user>.zip}; the curated version is under {@code curation/<document>/}, the text as
 * imported under the user {@code INITIAL_CAS}. Anything else is a file on its own: its own document, no annotator.
 */
final class InceptionXmiLayout {

    /** INCEpTION's name for the document as imported, before anyone annotated it. */
    static final String INITIAL_CAS = "INITIAL_CAS";

    private InceptionXmiLayout() {
    }

    /**
     * Where one file's work belongs.
     *
     * @param document the key grouping the files of one document (an export's document name, else the path)
     * @param title the document's title (the document's name in INCEpTION, else the file's name)
     * @param annotator the user named by the file, or {@code null} for a file on its own and for curation
     * @param initial whether it is INCEpTION's {@code INITIAL_CAS}: the text, nobody's work
     * @param inExport whether the file sits in a project export's {@code annotation/} or {@code curation/} folder
     * @param exportFolder the folder the export's {@code annotation/} is in ("" at the top)
     */
    record Role(String document, String title, String annotator, boolean initial, boolean inExport,
            String exportFolder) {
    }

    static Role role(UploadedFile file) {
        List<String> segments = segments(file.path());
        int n = segments.size();
        // the last annotation/ or curation/ folder followed by <document>/<user>.<ext> or <document>/<user>.zip/<file>
        for (int i = n - 3; i >= 0; i--) {
            String folder = segments.get(i);
            boolean annotation = folder.equals("annotation");
            if (!annotation && !folder.equals("curation")) {
                continue;
            }
            if (n - i == 3 || (n - i == 4 && lower(segments.get(i + 2)).endsWith(".zip"))) {
                String document = segments.get(i + 1);
                String user = baseName(segments.get(i + 2));
                String key = String.join("/", segments.subList(0, i)) + "|" + document;
                boolean initial = user.equals(INITIAL_CAS);
                // curation has no annotator of its own (INCEpTION's CURATION_USER): the import's annotator or source
                String annotator = annotation && !initial ? user : null;
                return new Role(key, document, annotator, initial, true,
                        String.join("/", segments.subList(0, i)));
            }
        }
        return new Role(file.path(), file.baseName(), null, false, false, "");
    }

    /** Whether the upload looks like an INCEpTION project export, whose other files (sources, logs) are passed over. */
    static boolean isProjectExport(List<UploadedFile> files) {
        return files.stream().anyMatch(file -> role(file).inExport()
                || (file.name().startsWith("exportedproject") && file.nameEndsWith(".json")));
    }

    /** The upload with each {@code .zip} inside it taken apart ({@link UploadedFiles#addZipInside}). */
    static List<UploadedFile> unpackNested(List<UploadedFile> files, UploadedFiles unpacker, ImportProblems problems) {
        List<UploadedFile> out = new ArrayList<>();
        for (UploadedFile file : files) {
            if (!file.nameEndsWith(".zip")) {
                out.add(file);
                continue;
            }
            try {
                unpacker.addZipInside(file, out, problems);
            } catch (IOException e) {
                problems.add(file.place(), Message.of("annotation.problem.upload.not-a-zip",
                        String.valueOf(e.getMessage())));
            }
        }
        return out;
    }

    /**
     * Where each annotator stood with each document, from a project export's {@code exportedproject*.json}
     * ({@code "annotation_documents": [{"name": ..., "user": ..., "state": ...}]}), by {@link #stateKey}. INCEpTION's
     * states become Slant's: {@code FINISHED} done, {@code IN_PROGRESS} in progress, {@code IGNORE} skipped,
     * {@code NEW} assigned. A file that does not read so gives none: the states are a nicety, not the work.
     */
    static Map<String, AssignmentStatus> states(List<UploadedFile> files) {
        Map<String, AssignmentStatus> states = new HashMap<>();
        for (UploadedFile file : files) {
            if (!file.name().startsWith("exportedproject") || !file.nameEndsWith(".json")) {
                continue;
            }
            try {
                JsonNode documents = JsonMapper.builder().build().readTree(file.bytes()).path("annotation_documents");
                for (JsonNode document : documents) {
                    AssignmentStatus status = switch (document.path("state").asString("")) {
                        case "FINISHED" -> AssignmentStatus.DONE;
                        case "IN_PROGRESS" -> AssignmentStatus.IN_PROGRESS;
                        case "IGNORE" -> AssignmentStatus.SKIPPED;
                        case "NEW" -> AssignmentStatus.ASSIGNED;
                        default -> null;
                    };
                    String name = document.path("name").asString(null);
                    String user = document.path("user").asString(null);
                    if (status != null && name != null && user != null) {
                        states.put(stateKey(folder(file.path()), name, user), status);
                    }
                }
            } catch (JacksonException | IllegalArgumentException e) {
                // not INCEpTION's, or another version's: the work comes in without states
            }
        }
        return states;
    }

    /** The key of a document's annotator in {@link #states}: the export's folder, document name, user. */
    static String stateKey(String exportFolder, String document, String user) {
        return exportFolder + "\u0000" + document + "\u0000" + user;
    }

    /** One file read: its role, the document's text as the file has it, the work in it. */
    record Read(UploadedFile file, Role role, String text, List<ImportedSpan> spans, List<ImportedAnswer> answers) {
    }

    /**
     * The documents of the files read, in the upload's order: the files of one document (its annotators' and its
     * curation's) together, each file's work as one annotator's. Their texts must be the same; an annotator named
     * twice on a document is refused; a file with no work adds only its document (INCEpTION exports every user who
     * opened it).
     */
    static List<AnnotatedDocument> documents(List<Read> reads, Map<String, AssignmentStatus> states,
            ImportProblems problems) {
        Map<String, List<Read>> byDocument = new java.util.LinkedHashMap<>();
        for (Read read : reads) {
            byDocument.computeIfAbsent(read.role().document(), key -> new ArrayList<>()).add(read);
        }
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (List<Read> group : byDocument.values()) {
            Read first = group.getFirst();
            List<AnnotatorWork> work = new ArrayList<>();
            Map<String, Read> byAnnotator = new HashMap<>();
            for (Read read : group) {
                if (!read.text().equals(first.text())) {
                    problems.add(read.file().place(), Message.of("annotation.problem.xmi.other-text",
                            first.file().place(), String.valueOf(read.text().length()),
                            String.valueOf(first.text().length())));
                    continue;
                }
                String annotator = read.role().annotator();
                AssignmentStatus status = annotator == null ? null : states.get(stateKey(read.role().exportFolder(),
                        read.role().title(), annotator));
                // an annotator who finished (or set aside) a document with nothing on it did work too; a file of
                // someone who only opened it did not
                boolean worked = !read.spans().isEmpty() || !read.answers().isEmpty()
                        || (status != null && status.finished());
                if (read.role().initial() || !worked) {
                    continue;
                }
                // null (a file on its own, or curation) is one "annotator" too: the import's
                Read before = byAnnotator.putIfAbsent(String.valueOf(annotator), read);
                if (before != null) {
                    problems.add(read.file().place(), annotator == null
                            ? Message.of("annotation.problem.xmi.second-work", read.role().title(),
                                    before.file().place())
                            : Message.of("annotation.problem.xmi.second-work-of", annotator, read.role().title(),
                                    before.file().place()));
                    continue;
                }
                // the file's name is where the annotator comes from; without one, the file as a whole
                Message annotatorField = annotator == null ? read.file().place()
                        : Message.of("annotation.place.name-gives-annotator", read.file().place());
                work.add(new AnnotatorWork(field -> field.equals("annotator") ? annotatorField
                        : read.file().place(),
                        annotator, status, read.spans(), read.answers()));
            }
            documents.add(new AnnotatedDocument(first.file().place(), new org.slant.corpus.NewDocument(
                    first.role().title(), first.text(), null, null, null, null, null, java.util.Map.of()), work));
        }
        return documents;
    }

    /**
     * Turns UTF-16 offsets into the text (UIMA's and TSV's) into code point offsets (Slant's); without characters
     * beyond the BMP they are the same, else a table is made once for the text.
     */
    static java.util.function.IntUnaryOperator codePoints(String text) {
        if (text.chars().noneMatch(unit -> Character.isSurrogate((char) unit))) {
            return offset -> offset;
        }
        int[] table = new int[text.length() + 1];
        for (int i = 0, points = 0; i <= text.length(); i++) {
            table[i] = points;
            if (i < text.length() && !(Character.isLowSurrogate(text.charAt(i)) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)))) {
                points++;
            }
        }
        return offset -> table[offset];
    }

    /** Whether a UTF-16 offset falls between the two halves of a character beyond the BMP. */
    static boolean splitsCharacter(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    static List<String> segments(String path) {
        return Arrays.stream(path.split("[/\\\\]")).filter(segment -> !segment.isEmpty() && !segment.equals("."))
                .toList();
    }

    /** The folder of a path, as {@link #segments} joins it ("" at the top). */
    static String folder(String path) {
        List<String> segments = segments(path);
        return String.join("/", segments.subList(0, Math.max(0, segments.size() - 1)));
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
