package org.slant.platform;

/**
 * How far a long piece of work has come, told as it goes (e.g. documents read of the project's). Whoever waits for
 * the work may stop it here: a cancelled job's progress throws {@link java.util.concurrent.CancellationException}, so
 * the work ends at its next step instead of running on for no one.
 */
@FunctionalInterface
public interface Progress {

    /** For callers that show no progress. */
    Progress NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} steps so far. */
    void advanced(long done, long total);
}
