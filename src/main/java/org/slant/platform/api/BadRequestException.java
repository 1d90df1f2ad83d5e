package org.slant.platform.api;

/** The request itself is wrong (a parameter out of range, a malformed field): a 400 naming what is wrong. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String detail) {
        super(detail);
    }
}
