package org.slant.archive;

import java.util.ArrayList;
import java.util.List;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;

/**
 * The problems found in an archive, up to a number a person can read; checking stops when it is reached. Each says
 * where it is (a file, its line, its field) and what is wrong by key, so that each reader reads both in their
 * language; the REST API gives the English.
 */
final class Problems {

    static final int MAX = 100;

    private final List<Problem> found = new ArrayList<>();

    /** The place in the archive: a file by its name ({@link #file}), or a line, field, layer of one. */
    void add(Message where, Message said) {
        if (found.size() < MAX) {
            found.add(Problem.at(where, said));
        }
    }

    /** A problem whose words are another library's (a decoder's), English in every language. */
    void add(Message where, String message) {
        if (found.size() < MAX) {
            found.add(new Problem(where.english(), message, null, where));
        }
    }

    boolean full() {
        return found.size() >= MAX;
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** Refuses the archive with every problem found, if there is any. */
    void refuseIfAny(Message summary) {
        if (any()) {
            List<Problem> listed = new ArrayList<>(found);
            if (full()) {
                listed.add(Problem.of("archive", Message.of("archive.check.stopped", String.valueOf(MAX))));
            }
            throw InvalidInputException.listing(summary, listed);
        }
    }

    /** A file of the archive as a place: its name, the same in every language. */
    static Message file(String name) {
        return Message.of("archive.place.file", name);
    }

    /** A line of a JSON Lines file, counted from 1. */
    static Message line(String file, long number) {
        return Message.of("platform.place.line", file, String.valueOf(number));
    }

    /** A field of a row: "file.jsonl, line 3, field 'id'". */
    static Message field(Message where, String name) {
        return Message.of("platform.place.field", where, name);
    }
}
