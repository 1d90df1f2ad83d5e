package org.slant.platform;

/**
 * An exception that is a rule saying no, with a message written for the person refused ("Your role in this project
 * is annotator: ..."). The web UI shows such messages to the person, never only in the log.
 */
public interface Refusal {

    String getMessage();
}
