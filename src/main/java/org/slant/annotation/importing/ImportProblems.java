package org.slant.annotation.importing;

import java.util.ArrayList;
import java.util.List;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;

/** The problems found in an upload so far, each with where it is; reading stops being useful when it is full. */
public final class ImportProblems {

    public static final int MAX = 200;

    private final List<Problem> problems = new ArrayList<>();

    /** A problem written in English only, where it is in English words. */
    public void add(String where, String message) {
        add(new Problem(where, message));
    }

    /** A problem by key at a place in the file's own words (a file's name). */
    public void add(String where, Message message) {
        add(Problem.at(Place.said(where), message));
    }

    /** A problem by key at a place by key (a file's line and field): both in the reader's words. */
    public void add(Message where, Message message) {
        add(Problem.at(where, message));
    }

    /** A problem found elsewhere, kept as it is. */
    public void add(Problem problem) {
        if (problems.size() < MAX) {
            problems.add(problem);
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
