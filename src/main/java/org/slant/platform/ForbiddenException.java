package org.slant.platform;

/** The caller may see the thing but not do this to it (e.g. an annotator changing the schema): a 403. */
public class ForbiddenException extends RuntimeException implements Refusal {

    public ForbiddenException(String message) {
        super(message);
    }
}
