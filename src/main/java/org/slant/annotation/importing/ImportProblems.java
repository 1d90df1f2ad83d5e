package org.slant.annotation.importing;

import java.util.ArrayList;
import java.util.List;
import org.slant.platform.InvalidInputException.Problem;

/** The problems found in an upload so far, each with where it is; reading stops being useful when it is full. */
public final class ImportProblems {

    public static final int MAX = 200;

    private final List<Problem> problems = new ArrayList<>();

    public void add(String where, String message) {
        if (problems.size() < MAX) {
            problems.add(new Problem(where, message));
        }
    }

    public boolean full() {
        return problems.size() >= MAX;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }
}
