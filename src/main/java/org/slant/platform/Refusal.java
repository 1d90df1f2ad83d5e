package org.slant.platform;

import java.util.Locale;

/**
 * An exception that is a rule saying no, with a message written for the person refused ("Your role in this project
 * is annotator: ..."). The web UI shows such messages to the person, never only in the log.
 */
public interface Refusal {

    /** The refusal in English, as the REST API and the log give it. */
    String getMessage();

    /** The refusal in the reader's language; in English where it was written without keys into Slant's texts. */
    default String in(Locale reader) {
        return getMessage();
    }
}
