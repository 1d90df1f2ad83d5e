package org.slant.corpus.importing;

import org.slant.platform.Message;

/**
 * Where a document is in an upload, for problems and reports: "news.jsonl, line 7"; its fields are then
 * "news.jsonl, line 7, field 'published'" (or "column" in a CSV file). Said by key, so that each reader reads it in
 * their language ("news.jsonl, Zeile 7, Feld „published“"); {@link #where()} is the English the REST API gives.
 *
 * @param place the document's place: a file, a zip's entry, a line of a file
 * @param fieldKey {@code platform.place.field} or {@code platform.place.column}, or null where a document has no
 *            fields of its own (a .txt file)
 */
record Location(Message place, String fieldKey) {

    private static final String FILE = "corpus.import.place.file";
    private static final String ENTRY = "corpus.import.place.entry";

    static Location ofFile(Message place) {
        return new Location(place, null);
    }

    /** A line of a JSON Lines file, whose fields are named "field". */
    static Location jsonLine(Message file, long line) {
        return new Location(line(file, line), "platform.place.field");
    }

    /** A row of a CSV file, whose fields are named "column". */
    static Location csvRow(Message file, long line) {
        return new Location(line(file, line), "platform.place.column");
    }

    /** An uploaded file, by its name: "news.jsonl". */
    static Message file(String name) {
        return Message.of(FILE, name);
    }

    /** A file inside a zip archive: "corpus.zip, entry 'a/one.txt'". */
    static Message entry(Message zip, String path) {
        return Message.of(ENTRY, zip, path);
    }

    /** "news.jsonl, line 7": the line number as String, so that line 1234 is not written "1,234". */
    static Message line(Message file, long line) {
        return Message.of("platform.place.line", file, String.valueOf(line));
    }

    /** The whole upload, for what is wrong with all of it. */
    static Message upload() {
        return Message.of("corpus.import.place.upload");
    }

    /** The place in English, as the REST API gives it. */
    String where() {
        return place.english();
    }

    Message field(String name) {
        return fieldKey == null ? place : Message.of(fieldKey, place, name);
    }
}
