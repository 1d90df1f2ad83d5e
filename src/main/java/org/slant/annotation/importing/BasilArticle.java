package org.slant.annotation.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slant.platform.Message;
import tools.jackson.databind.JsonNode;

/**
 * One BASIL article file ({@code articles/YEAR/<event uuid>_<n>.json}) made into Slant's text: the title, a blank
 * line, then the body paragraphs, each paragraph's sentences joined by a space and the paragraphs by a blank line.
 * Sentences are kept exactly as the file has them (phrases' offsets count within a sentence); blank sentences and
 * paragraphs without any text are left out, since they hold nothing to annotate.
 *
 * @param key the file's name without {@code .json}, {@code <event uuid>_<n>}, as the annotations file names it
 * @param event the event's uuid, the file name's first part
 * @param number the article's number in the event, 1 to 3
 * @param sentences the body's sentences in order, as the annotations' {@code p<N>} number them from 0
 * @param sentenceStarts where each sentence starts in {@code text}, in code points; -1 for a blank one left out
 * @param titleStart where the title starts in {@code text} (0), or -1 when it has none
 */
record BasilArticle(UploadedFile file, String key, String event, int number, String title, String text,
        String outlet, String url, LocalDate published, String mainEvent, Map<String, Object> meta,
        List<String> sentences, int[] sentenceStarts, int titleStart) {

    private static final Map<String, String> OUTLETS = Map.of("fox", "Fox News", "nyt", "New York Times", "hpo",
            "HuffPost");

    /** The article of {@code json}, or null with the problems said. */
    static BasilArticle read(UploadedFile file, String key, String event, int number, JsonNode json,
            ImportProblems problems) {
        int before = problems.size();
        String title = string(file, json, "title", problems);
        String source = string(file, json, "source", problems);
        String url = string(file, json, "url", problems);
        String date = string(file, json, "date", problems);
        String mainEvent = string(file, json, "main-event", problems);
        String uuid = string(file, json, "uuid", problems);
        LocalDate published = null;
        if (date != null && !date.isBlank()) {
            try {
                published = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                problems.add(field(file, "date"), Message.of("annotation.problem.not-a-date", date));
            }
        }
        List<String> sentences = sentences(file, json.get("body-paragraphs"), problems);
        if (problems.size() > before) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int length = 0;
        int titleStart = -1;
        title = title == null ? "" : title.strip();
        if (!title.isEmpty()) {
            titleStart = 0;
            text.append(title);
            length += title.codePointCount(0, title.length());
        }
        int[] starts = new int[sentences.size()];
        int index = 0;
        for (JsonNode paragraph : json.get("body-paragraphs")) {
            boolean paragraphStarted = false;
            for (int s = 0; s < paragraph.size(); s++, index++) {
                String sentence = sentences.get(index);
                if (sentence.isBlank()) {
                    starts[index] = -1;
                    continue;
                }
                String separator = paragraphStarted ? " " : text.isEmpty() ? "" : "\n\n";
                paragraphStarted = true;
                text.append(separator).append(sentence);
                length += separator.length();
                starts[index] = length;
                length += sentence.codePointCount(0, sentence.length());
            }
        }
        if (text.toString().isBlank()) {
            problems.add(file.where(), Message.of("annotation.problem.basil.no-text"));
            return null;
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("file", file.path());
        if (uuid != null && !uuid.isBlank()) {
            meta.put("uuid", uuid);
        }
        if (mainEvent != null && !mainEvent.isBlank()) {
            meta.put("main-event", mainEvent);
        }
        JsonNode entities = json.get("main-entities");
        if (entities != null && entities.isArray() && !entities.isEmpty()) {
            meta.put("main-entities", entities.values().stream().map(JsonNode::asString).toList());
        }
        String outlet = source == null || source.isBlank() ? null
                : OUTLETS.getOrDefault(source.strip().toLowerCase(Locale.ROOT), source.strip());
        return new BasilArticle(file, key, event, number, title, text.toString(),
                outlet, url == null || url.isBlank() ? null : url.strip(), published, mainEvent, meta, sentences,
                starts, titleStart);
    }

    /** The body's sentences in order; problems when {@code body-paragraphs} is not a list of lists of strings. */
    private static List<String> sentences(UploadedFile file, JsonNode paragraphs, ImportProblems problems) {
        List<String> sentences = new ArrayList<>();
        if (paragraphs == null || !paragraphs.isArray()) {
            problems.add(field(file, "body-paragraphs"), Message.of(paragraphs == null
                    ? "annotation.problem.missing" : "annotation.problem.basil.not-paragraphs"));
            return sentences;
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            JsonNode paragraph = paragraphs.get(p);
            if (!paragraph.isArray()) {
                problems.add(field(file, "body-paragraphs[" + p + "]"),
                        Message.of("annotation.problem.basil.not-sentences"));
                continue;
            }
            for (int s = 0; s < paragraph.size(); s++) {
                JsonNode sentence = paragraph.get(s);
                if (!sentence.isString()) {
                    problems.add(field(file, "body-paragraphs[" + p + "][" + s + "]"),
                            Message.of("annotation.problem.must-be-string"));
                    sentences.add("");
                } else {
                    sentences.add(sentence.stringValue());
                }
            }
        }
        return sentences;
    }

    /** A field's string value; null when it is missing or null, a problem when it is not a string. */
    private static String string(UploadedFile file, JsonNode json, String name, ImportProblems problems) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(field(file, name), Message.of("annotation.problem.must-be-string"));
            return null;
        }
        return value.stringValue();
    }

    static Message field(UploadedFile file, String name) {
        return Place.fieldOf(file.where(), name);
    }

    /** Where sentence {@code p<index>} starts in the text, or -1 for the title's place when {@code index} is -1. */
    int start(int index) {
        return index < 0 ? titleStart : sentenceStarts[index];
    }

    String sentence(int index) {
        return index < 0 ? title : sentences.get(index);
    }
}
