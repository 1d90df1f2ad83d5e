package org.slant.corpus;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** What is known of a document before it is stored; the text is kept exactly as given. */
public record NewDocument(String title, String text, String outlet, String story, String url, LocalDate published,
        String externalId, Map<String, Object> meta) {

    public NewDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }
}
