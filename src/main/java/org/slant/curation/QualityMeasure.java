package org.slant.curation;

/**
 * How an annotator's work is matched to gold in the quality report, each with the definition shown beside its
 * figures (the full text is docs/measures.md, "Annotators against gold").
 */
public enum QualityMeasure {
    F1_EXACT("Exact", "A span counts as right when gold has a span with the same start, end and label; an answer "
            + "when gold gave the same answer to the same question about the article. One to one."),
    F1_OVERLAP("Overlap", "A span counts as right when it is paired with a gold span of the same label sharing at "
            + "least one character; each span, theirs or gold, in one pair at most, as many pairs as there can be. "
            + "Span layers only.");

    private final String title;
    private final String definition;

    QualityMeasure(String title, String definition) {
        this.title = title;
        this.definition = definition;
    }

    public String title() {
        return title;
    }

    public String definition() {
        return definition;
    }
}
