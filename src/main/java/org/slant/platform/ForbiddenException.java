package org.slant.platform;

/** The caller may see the thing but not do this to it (e.g. an annotator changing the schema): a 403. */
public class ForbiddenException extends KeyedRefusal {

    public ForbiddenException(String message) {
        super(message);
    }

    public ForbiddenException(Message said) {
        super(said);
    }
}
