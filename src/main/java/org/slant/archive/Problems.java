package org.slant.archive;

import java.util.ArrayList;
import java.util.List;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;

/** The problems found in an archive, up to a number a person can read; checking stops when it is reached. */
final class Problems {

    static final int MAX = 100;

    private final List<Problem> found = new ArrayList<>();

    void add(String where, String message) {
        if (found.size() < MAX) {
            found.add(new Problem(where, message));
        }
    }

    boolean full() {
        return found.size() >= MAX;
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** Refuses the archive with every problem found, if there is any. */
    void refuseIfAny(String summary) {
        if (any()) {
            List<Problem> listed = new ArrayList<>(found);
            if (full()) {
                listed.add(new Problem("archive", "checking stopped after " + MAX + " problems"));
            }
            throw InvalidInputException.listing(summary, listed);
        }
    }
}
