package org.slant.corpus;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What is known of a document before it is stored; the text is kept exactly as given.
 *
 * @param language a BCP 47 language tag ({@link DocumentLanguage}), or null when not known
 */
public record NewDocument(String title, String text, String outlet, String story, String url, LocalDate published,
        String externalId, Map<String, Object> meta, String language) {

    public NewDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        // a copy that keeps null values: a file's meta may hold them, and Map.copyOf refuses them
        meta = meta == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    /** A document whose language is not known. */
    public NewDocument(String title, String text, String outlet, String story, String url, LocalDate published,
            String externalId, Map<String, Object> meta) {
        this(title, text, outlet, story, url, published, externalId, meta, null);
    }
}
