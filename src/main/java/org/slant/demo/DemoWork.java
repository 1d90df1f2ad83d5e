package org.slant.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of the demo project's three fictional annotators, written down in {@code demo/work.tsv} by passage (not
 * by offset, so that it reads as an annotator marked it) and turned into Slant's own jsonl, which the demo imports
 * as a user would import an export: every span's offsets and text are checked on the way in.
 */
final class DemoWork {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final int FIRST_ANNOTATOR = 3;

    private final Map<String, String> texts;
    private final JsonMapper json;
    private final List<String> annotators;
    /** By seed, then annotator: their spans and answers in the jsonl's shape. */
    private final Map<String, Map<String, Map<String, List<Map<String, Object>>>>> work = new LinkedHashMap<>();

    /**
     * @param texts the seeds' texts by their number ("000")
     * @param tsv the work file's content
     * @throws IllegalArgumentException naming the line, when a passage is not in its text or a line is malformed
     */
    DemoWork(Map<String, String> texts, String tsv, JsonMapper json) {
        this.texts = texts;
        this.json = json;
        List<String> lines = tsv.lines().toList();
        List<String> annotatorsFound = null;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (annotatorsFound == null) {
                annotatorsFound = List.of(columns).subList(FIRST_ANNOTATOR, columns.length - 1);
                continue;
            }
            if (columns.length != annotatorsFound.size() + FIRST_ANNOTATOR + 1) {
                throw new IllegalArgumentException("demo/work.tsv line " + number + ": expected "
                        + (annotatorsFound.size() + FIRST_ANNOTATOR + 1) + " tab-separated columns, found "
                        + columns.length);
            }
            Map<String, Object> attributes = columns[columns.length - 1].isBlank() ? Map.of()
                    : json.readValue(columns[columns.length - 1], OBJECT);
            for (int i = 0; i < annotatorsFound.size(); i++) {
                String label = columns[FIRST_ANNOTATOR + i];
                if (!label.equals("-")) {
                    add(number, columns[0], annotatorsFound.get(i), columns[1], columns[2], label, attributes);
                }
            }
        }
        this.annotators = annotatorsFound == null ? List.of() : annotatorsFound;
    }

    private void add(int number, String seed, String annotator, String layer, String passage, String label,
            Map<String, Object> attributes) {
        String text = texts.get(seed);
        if (text == null) {
            throw new IllegalArgumentException("demo/work.tsv line " + number + ": no seed " + seed);
        }
        Map<String, List<Map<String, Object>>> theirs = work.computeIfAbsent(seed, s -> new LinkedHashMap<>())
                .computeIfAbsent(annotator, a -> Map.of("spans", new ArrayList<>(), "answers", new ArrayList<>()));
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("layer", layer);
        annotation.put("label", label);
        if (passage.isEmpty()) {
            annotation.put("attributes", attributes);
            theirs.get("answers").add(annotation);
            return;
        }
        int occurrence = 1;
        int at = passage.lastIndexOf('@');
        if (at > 0 && passage.substring(at + 1).matches("[0-9]+")) {
            occurrence = Integer.parseInt(passage.substring(at + 1));
            passage = passage.substring(0, at);
        }
        int index = -1;
        for (int found = 0; found < occurrence; found++) {
            index = text.indexOf(passage, index + 1);
            if (index < 0) {
                throw new IllegalArgumentException("demo/work.tsv line " + number + ": seed " + seed + " has no "
                        + (occurrence == 1 ? "" : "occurrence " + occurrence + " of ") + "'" + passage + "'");
            }
        }
        int start = text.codePointCount(0, index);
        annotation.put("start", start);
        annotation.put("end", start + passage.codePointCount(0, passage.length()));
        annotation.put("text", passage);
        annotation.put("attributes", attributes);
        theirs.get("spans").add(annotation);
    }

    List<String> annotators() {
        return annotators;
    }

    /** Slant's jsonl: a line per seed with work on it, each annotator's work on it done. */
    byte[] jsonl() {
        StringBuilder lines = new StringBuilder();
        work.forEach((seed, byAnnotator) -> {
            List<Map<String, Object>> annotations = new ArrayList<>();
            byAnnotator.forEach((annotator, theirs) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("annotator", annotator);
                entry.put("status", "DONE");
                entry.put("spans", theirs.get("spans"));
                entry.put("answers", theirs.get("answers"));
                annotations.add(entry);
            });
            lines.append(json.writeValueAsString(Map.of("text", texts.get(seed), "annotations", annotations)))
                    .append('\n');
        });
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
