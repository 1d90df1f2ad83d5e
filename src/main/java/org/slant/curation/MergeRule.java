package org.slant.curation;

import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;

/**
 * A merge strategy with its threshold: which span or answer qualifies for gold, given how many of a document's
 * annotators who marked it done made it ({@code support}) and how many did ({@code annotators}).
 *
 * @param minAnnotators the threshold of {@code AT_LEAST}; 0 for the other strategies
 */
public record MergeRule(MergeStrategy strategy, int minAnnotators) {

    /** {@code AT_LEAST}'s threshold when none is given. */
    public static final int DEFAULT_MIN_ANNOTATORS = 2;

    /** The rule; {@code minAnnotators} counts only for {@code AT_LEAST} (default 2, at least 1). */
    public static MergeRule of(MergeStrategy strategy, Integer minAnnotators) {
        if (strategy == null) {
            throw InvalidInputException.of("strategy", Message.of("curation.refusal.strategy-required"));
        }
        if (strategy != MergeStrategy.AT_LEAST) {
            return new MergeRule(strategy, 0);
        }
        int threshold = minAnnotators == null ? DEFAULT_MIN_ANNOTATORS : minAnnotators;
        if (threshold < 1) {
            throw InvalidInputException.of("minAnnotators", Message.of("curation.refusal.min-annotators",
                    String.valueOf(threshold)));
        }
        return new MergeRule(strategy, threshold);
    }

    /** As gold records it in {@code origin_detail}: "MAJORITY", "AT_LEAST 2". */
    public String detail() {
        return strategy == MergeStrategy.AT_LEAST ? strategy.name() + " " + minAnnotators : strategy.name();
    }

    /** Whether a document with this many done annotators can be merged at all. */
    boolean enough(int annotators) {
        return annotators >= (strategy == MergeStrategy.AT_LEAST ? minAnnotators : 2);
    }

    /** Why a document with too few done annotators is left. */
    Message tooFew(int annotators) {
        if (annotators == 0) {
            return Message.of("curation.merge-reason.none-done");
        }
        return strategy == MergeStrategy.AT_LEAST
                ? Message.of("curation.merge-reason.too-few-done-needs", annotators, detail(),
                        String.valueOf(minAnnotators))
                : Message.of("curation.merge-reason.too-few-done", annotators);
    }

    boolean qualifies(int support, int annotators) {
        return switch (strategy) {
            case UNANIMOUS -> support == annotators;
            case MAJORITY -> 2 * support > annotators;
            case AT_LEAST -> support >= minAnnotators;
        };
    }

    /** How many of {@code annotators} must have made a span or answer for it to qualify. */
    int needed(int annotators) {
        return switch (strategy) {
            case UNANIMOUS -> annotators;
            case MAJORITY -> annotators / 2 + 1;
            case AT_LEAST -> minAnnotators;
        };
    }
}
