package org.slant.export;

import java.util.Arrays;
import java.util.Optional;

/** The dataset formats (docs/formats.md), by the name the API and the export dialog use. */
public enum ExportFormat {
    /** One document per line with every annotator's spans and answers. */
    JSONL("jsonl"),
    /** One row per span, as CSV. */
    SPANS_CSV("spans-csv"),
    /** One row per span, as Parquet. */
    SPANS_PARQUET("spans-parquet"),
    /** CoNLL-2003-style BIO tags, one token per line, a column per span layer. */
    CONLL("conll"),
    /** Train, validation and test JSONL split by story, with a dataset card. */
    HF("hf"),
    /** Per item, each annotator's labels and a soft label, with the annotators' profiles apart (LeWiDi). */
    PERSPECTIVIST("perspectivist");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equalsIgnoreCase(id)).findFirst();
    }
}
