package org.slant.agreement;

/**
 * The agreement measures Slant reports, each with the one-line definition shown next to its figures (the full text
 * is docs/measures.md).
 */
public enum Measure {
    ALPHA_U("Krippendorff's αU", "spans",
            "Unitizing alpha over the character continuum: 1 − observed/expected disagreement on where spans begin, "
                    + "end and which label they carry; 1 perfect, 0 chance, below 0 worse than chance."),
    ALPHA_U_BOUNDARIES("αU, boundaries only", "spans",
            "Unitizing alpha with every label treated alike: agreement on where spans are, not on what they are."),
    F1_EXACT("Span F1, exact", "spans",
            "Harmonic mean of precision and recall between two annotators, a span matching only a span with the "
                    + "same start, end and label."),
    F1_OVERLAP("Span F1, overlap", "spans",
            "As exact F1, but a span matches when the other annotator has a span of the same label sharing at "
                    + "least one character."),
    TOKEN_COHEN_KAPPA("Cohen's κ on tokens", "tokens",
            "Chance-corrected agreement of two annotators on each word token's label (the labels of the spans "
                    + "covering it, or none)."),
    TOKEN_FLEISS_KAPPA("Fleiss' κ on tokens", "tokens",
            "Chance-corrected agreement of all annotators of a document on each word token's label, pooled over "
                    + "documents with the same number of annotators."),
    ALPHA_NOMINAL("Krippendorff's α (nominal)", "documents",
            "1 − observed/expected disagreement on the answer each annotator gave the article; any two different "
                    + "answers disagree equally; missing answers are left out."),
    ALPHA_ORDINAL("Krippendorff's α (ordinal)", "documents",
            "As nominal alpha, but answers are ranks on the layer's ordered scale: answers far apart disagree more."),
    COHEN_KAPPA("Cohen's κ", "documents",
            "Chance-corrected agreement of two annotators on the articles both answered."),
    FLEISS_KAPPA("Fleiss' κ", "documents",
            "Chance-corrected agreement of all annotators of each article, pooled over articles with the same "
                    + "number of annotators.");

    private final String title;
    private final String unit;
    private final String definition;

    Measure(String title, String unit, String definition) {
        this.title = title;
        this.unit = unit;
        this.definition = definition;
    }

    public String title() {
        return title;
    }

    /** What one unit of the figure is: spans, tokens or documents. */
    public String unit() {
        return unit;
    }

    public String definition() {
        return definition;
    }

    /** Measured between exactly two annotators. */
    public boolean pairwise() {
        return this == F1_EXACT || this == F1_OVERLAP || this == TOKEN_COHEN_KAPPA || this == COHEN_KAPPA;
    }
}
