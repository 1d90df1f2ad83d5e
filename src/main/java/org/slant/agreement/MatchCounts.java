package org.slant.agreement;

/**
 * Additive counts for F1 between annotators A and B; summing over documents gives micro-averaged F1. Matches are
 * counted on each side, because under overlap matching one span of A may match two of B.
 */
public record MatchCounts(long matchedOfA, long spansOfA, long matchedOfB, long spansOfB) {

    public static final MatchCounts NONE = new MatchCounts(0, 0, 0, 0);

    public MatchCounts plus(MatchCounts other) {
        return new MatchCounts(matchedOfA + other.matchedOfA, spansOfA + other.spansOfA,
                matchedOfB + other.matchedOfB, spansOfB + other.spansOfB);
    }

    /**
     * 2PR/(P+R) with precision = matchedOfB/spansOfB and recall = matchedOfA/spansOfA (A as reference; F1 is
     * symmetric); null (undefined) when neither has spans; 0 when one has none.
     */
    public Double f1() {
        if (spansOfA == 0 && spansOfB == 0) {
            return null;
        }
        if (spansOfA == 0 || spansOfB == 0) {
            return 0.0;
        }
        double precision = (double) matchedOfB / spansOfB;
        double recall = (double) matchedOfA / spansOfA;
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
