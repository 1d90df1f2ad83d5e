package org.slant.platform;

/** Something the caller asked for by id does not exist (or is not theirs to see): a 404. */
public class NotFoundException extends RuntimeException implements Refusal {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
