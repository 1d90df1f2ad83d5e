package org.slant.platform;

import java.util.Locale;

/** The caller may see the thing but not do this to it (e.g. an annotator changing the schema): a 403. */
public class ForbiddenException extends RuntimeException implements Refusal {

    private final Message said;

    public ForbiddenException(String message) {
        super(message);
        this.said = null;
    }

    public ForbiddenException(Message said) {
        super(said.english());
        this.said = said;
    }

    @Override
    public String in(Locale reader) {
        return said == null ? getMessage() : said.in(reader);
    }
}
