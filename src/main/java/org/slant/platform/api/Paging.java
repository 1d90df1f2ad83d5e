package org.slant.platform.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Checks the {@code page} and {@code size} parameters of list endpoints. */
public final class Paging {

    public static final String DEFAULT_SIZE = "50";
    public static final int MAX_SIZE = 1000;

    private Paging() {
    }

    public static Pageable of(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("Parameter 'page' must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("Parameter 'size' must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        return PageRequest.of(page, size);
    }
}
