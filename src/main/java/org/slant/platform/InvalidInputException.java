package org.slant.platform;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found in it, each saying where it is (file, line, field) so a
 * user can fix all of them at once. Nothing has been stored when this is thrown. The REST API answers it with 400.
 */
public class InvalidInputException extends RuntimeException implements Refusal {

    private final List<Problem> problems;

    public InvalidInputException(String summary, List<Problem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    /** The summary followed by every problem, so the message alone tells the whole story. */
    public static InvalidInputException listing(String summary, List<Problem> problems) {
        return new InvalidInputException(summary + ": " + String.join("; ",
                problems.stream().map(Problem::toString).toList()), problems);
    }

    public static InvalidInputException of(String where, String message) {
        return new InvalidInputException(where + ": " + message, List.of(new Problem(where, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One thing wrong with the input.
     *
     * @param where where it is, as precisely as known: a field name, or "file.csv, line 12, column 'text'"
     * @param message what is wrong, in words a user understands
     */
    public record Problem(String where, String message) {

        @Override
        public String toString() {
            return where + ": " + message;
        }
    }
}
