package org.slant.platform;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;

/**
 * Input that cannot be accepted, with every problem found in it, each saying where it is (file, line, field) so a
 * user can fix all of them at once. Nothing has been stored when this is thrown. The REST API answers it with 400.
 * Written with {@link Message}s, it reads in each reader's language ({@link #in}); the REST API's is English.
 */
public class InvalidInputException extends RuntimeException implements Refusal {

    private final List<Problem> problems;
    /** The summary by key; null where it was written in English only. */
    private final Message summary;
    /** Whether the message goes on to list every problem. */
    private final boolean listing;

    public InvalidInputException(String summary, List<Problem> problems) {
        this(summary, null, false, problems);
    }

    public InvalidInputException(Message summary, List<Problem> problems) {
        this(summary.english(), summary, false, problems);
    }

    private InvalidInputException(String message, Message summary, boolean listing, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
        this.summary = summary;
        this.listing = listing;
    }

    /** The summary followed by every problem, so the message alone tells the whole story. */
    public static InvalidInputException listing(String summary, List<Problem> problems) {
        return new InvalidInputException(summary + ": " + listed(problems, Texts.ENGLISH), null, false, problems);
    }

    /** The same, the summary by key, so that each reader reads it in their language. */
    public static InvalidInputException listing(Message summary, List<Problem> problems) {
        return new InvalidInputException(summary.english() + ": " + listed(problems, Texts.ENGLISH), summary, true,
                problems);
    }

    public static InvalidInputException of(String where, String message) {
        return new InvalidInputException(where + ": " + message, List.of(new Problem(where, message)));
    }

    /** One problem, by key. */
    public static InvalidInputException of(String where, Message message) {
        Problem problem = Problem.of(where, message);
        return new InvalidInputException(problem.toString(), null, true, List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String in(Locale reader) {
        if (!listing) {
            return summary == null ? getMessage() : summary.in(reader);
        }
        return summary == null ? listed(problems, reader) : summary.in(reader) + ": " + listed(problems, reader);
    }

    private static String listed(List<Problem> problems, Locale reader) {
        return String.join("; ", problems.stream().map(problem -> problem.where(reader) + ": "
                + problem.message(reader)).toList());
    }

    /**
     * One thing wrong with the input.
     *
     * @param where where it is, as precisely as known: a field name, or "file.csv, line 12, column 'text'"
     * @param message what is wrong, in words a user understands, in English
     * @param said the message by key, for readers of other languages; null where it was written in English only
     * @param place where, by key ("line {0}, field ''{1}''"), for readers of other languages; null where a field's
     *            name or English words say it
     */
    public record Problem(String where, String message, @JsonIgnore Message said, @JsonIgnore Message place) {

        public Problem(String where, String message) {
            this(where, message, null, null);
        }

        /** A problem by key: its English is the message the REST API gives. */
        public static Problem of(String where, Message said) {
            return new Problem(where, said.english(), said, null);
        }

        /** A problem by key at a place by key (a file's line and field), both in the reader's words. */
        public static Problem at(Message place, Message said) {
            return new Problem(place.english(), said.english(), said, place);
        }

        /** Where it is, in the reader's language. */
        public String where(Locale reader) {
            return place == null ? where : place.in(reader);
        }

        /** The same problem whatever language it is said in: where it is and its English words. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Problem problem && where.equals(problem.where) && message.equals(problem.message);
        }

        @Override
        public int hashCode() {
            return 31 * where.hashCode() + message.hashCode();
        }

        /** What is wrong, in the reader's language. */
        public String message(Locale reader) {
            return said == null ? message : said.in(reader);
        }

        @Override
        public String toString() {
            return where + ": " + message;
        }
    }
}
