package org.slant.platform;

import java.util.Locale;

/**
 * A refusal whose words are a {@link Message}: English for the REST API and the log (its message), the reader's
 * language in the web UI ({@link #in}). One written in English only stays English in every language.
 */
public abstract class KeyedRefusal extends RuntimeException implements Refusal {

    private final Message said;

    protected KeyedRefusal(String english) {
        super(english);
        this.said = null;
    }

    protected KeyedRefusal(Message said) {
        super(said.english());
        this.said = said;
    }

    @Override
    public String in(Locale reader) {
        return said == null ? getMessage() : said.in(reader);
    }
}
