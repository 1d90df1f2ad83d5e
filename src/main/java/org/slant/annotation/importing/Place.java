package org.slant.annotation.importing;

import org.slant.platform.Message;

/**
 * Where something read from an upload is, for problems: {@code at("start")} names the place of its start, in the
 * file's own words, by key so that each reader reads it in their language (a jsonl's
 * {@code "file, line 3, field 'annotations[0].spans[2].start'"}, a labels file's
 * {@code "file, line 17, column 3 (start)"}); {@code of("start")} is the same in English. The fields asked for are
 * {@code layer}, {@code label}, {@code start}, {@code end}, {@code text} and {@code attributes.<name>}; the empty
 * string names the thing as a whole.
 */
@FunctionalInterface
public interface Place {

    /** The place of {@code field}, in the reader's words. */
    Message at(String field);

    /** The place of {@code field} in English, as the REST API gives it. */
    default String of(String field) {
        return at(field).english();
    }

    /** A place that appends {@code , field '<path>.<field>'} to {@code where}, as Slant's jsonl names its fields. */
    static Place field(String where, String path) {
        return field(said(where), path);
    }

    /** The same, {@code where} by key (a file's line). */
    static Place field(Message where, String path) {
        return field -> field.isEmpty() ? (path.isEmpty() ? where : fieldOf(where, path))
                : fieldOf(where, path.isEmpty() ? field : path + "." + field);
    }

    /** A place that is the same whatever field is asked for. */
    static Place fixed(String where) {
        return fixed(said(where));
    }

    /** The same, by key. */
    static Place fixed(Message where) {
        return field -> where;
    }

    /** A place named in English words only, whatever the reader's language. */
    static Place words(java.util.function.UnaryOperator<String> english) {
        return field -> said(english.apply(field));
    }

    /** Words that are the same in every language: a file's name, a place only the file's own words name. */
    static Message said(String where) {
        return Message.of("annotation.place.as-is", where);
    }

    /** {@code "<where>, line <number>"}; the number is not grouped. */
    static Message lineOf(String where, long number) {
        return lineOf(said(where), number);
    }

    static Message lineOf(Message where, long number) {
        return Message.of("platform.place.line", where, String.valueOf(number));
    }

    /** {@code "<where>, field '<name>'"}. */
    static Message fieldOf(String where, String name) {
        return fieldOf(said(where), name);
    }

    static Message fieldOf(Message where, String name) {
        return Message.of("platform.place.field", where, name);
    }

    /** {@code "<where>, column '<name>'"}. */
    static Message columnOf(Message where, String name) {
        return Message.of("platform.place.column", where, name);
    }
}
