package org.slant.annotation.importing;

/**
 * Where something read from an upload is, for problems: {@code of("start")} names the place of its start, in the
 * file's own words (a jsonl's {@code "file, line 3, field 'annotations[0].spans[2].start'"}, a labels file's
 * {@code "file, line 17, column 3 (start)"}). The fields asked for are {@code layer}, {@code label}, {@code start},
 * {@code end}, {@code text} and {@code attributes.<name>}; the empty string names the thing as a whole.
 */
@FunctionalInterface
public interface Place {

    String of(String field);

    /** A place that appends {@code , field '<path>.<field>'} to {@code where}, as Slant's jsonl names its fields. */
    static Place field(String where, String path) {
        return field -> field.isEmpty() ? where + (path.isEmpty() ? "" : ", field '" + path + "'")
                : where + ", field '" + (path.isEmpty() ? field : path + "." + field) + "'";
    }

    /** A place that is the same whatever field is asked for. */
    static Place at(String where) {
        return field -> where;
    }
}
