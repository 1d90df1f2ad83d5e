package org.slant.agreement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;

/**
 * One layer's work on a set of documents (the project, an outlet's, a story's), pooled for the measures that lay
 * documents end to end (αU) or pool their tokens (Fleiss' κ). Those need the same number of raters on every
 * document, so they take the documents with the report's usual number of raters; F1 takes every document.
 */
final class PooledSpans {

    private final UUID id;
    private final String name;
    private final int raters;
    private final List<Pooled> pooled = new ArrayList<>();
    private final BitSet pooledAnnotators = new BitSet();
    private final BitSet annotators = new BitSet();
    private final TokenTally tokens;
    private long tokenCount;
    private long noneByAll;
    private MatchCounts overlap = MatchCounts.NONE;
    private int documents;

    PooledSpans(UUID id, String name, int raters, TokenTally.TokenCategories categories) {
        this.id = id;
        this.name = name;
        this.raters = raters;
        this.tokens = new TokenTally(raters, categories);
    }

    private record Pooled(int length, List<List<SpanRef>> byRater) {
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    void add(RatedDocument document, List<List<SpanRef>> byRater, MatchCounts documentOverlap) {
        documents++;
        overlap = overlap.plus(documentOverlap);
        for (int annotator : document.raters()) {
            annotators.set(annotator);
        }
        if (document.raterCount() == raters) {
            pooled.add(new Pooled(document.length(), byRater));
            for (int annotator : document.raters()) {
                pooledAnnotators.set(annotator);
            }
        }
    }

    /** One token's categories by each rater of a document with the usual number of raters, sorted. */
    void token(int[] sortedRow) {
        tokenCount++;
        tokens.add(sortedRow);
    }

    /** Tokens every rater left without a label. */
    void tokensWithoutLabels(long count) {
        tokenCount += count;
        noneByAll += count;
    }

    /** The documents laid end to end, in corpus order. */
    Continuum continuum(boolean labelsAlike) {
        List<Segment> segments = new ArrayList<>();
        long offset = 0;
        for (Pooled document : pooled) {
            for (int rater = 0; rater < document.byRater().size(); rater++) {
                for (SpanRef span : document.byRater().get(rater)) {
                    segments.add(new Segment(rater, labelsAlike ? "span" : span.label(), offset + span.start(),
                            offset + span.end()));
                }
            }
            offset += document.length();
        }
        return new Continuum(offset, raters, segments);
    }

    Measured tokenKappa() {
        if (noneByAll > 0) {
            tokens.add(noneByAll, new int[raters]);
            noneByAll = 0;
        }
        return CodingMeasures.fleissKappa(tokens.tally());
    }

    long tokenCount() {
        return tokenCount;
    }

    int pooledDocuments() {
        return pooled.size();
    }

    int pooledAnnotators() {
        return pooledAnnotators.cardinality();
    }

    int documents() {
        return documents;
    }

    int annotators() {
        return annotators.cardinality();
    }

    MatchCounts overlap() {
        return overlap;
    }
}
