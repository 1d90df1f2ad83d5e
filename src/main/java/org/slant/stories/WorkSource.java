package org.slant.stories;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whose spans a comparison of a story's outlets reads. */
public enum WorkSource {
    /** the annotators' spans: everyone's pooled, or one annotator's */
    ANNOTATORS,
    /** the curated gold (documents whose curation is in progress or done) */
    GOLD;

    /** The name the API and the CSV use: "annotators" or "gold". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source named (any case, surrounding blanks ignored); empty for any other name. */
    public static Optional<WorkSource> byId(String id) {
        return id == null ? Optional.empty() : Arrays.stream(values())
                .filter(source -> source.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
