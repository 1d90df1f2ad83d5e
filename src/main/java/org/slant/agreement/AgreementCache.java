package org.slant.agreement;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Agreement reports kept until their project's work changes: one per project and options, with the
 * {@link WorkFingerprint} it was computed on; a request whose fingerprint differs computes afresh and replaces it.
 * Requests for a report being computed wait for it instead of computing it again (a 10,000-document report keeps a
 * core busy for seconds). At most {@value #REPORTS} reports, each dropped after an hour unused.
 */
@Component
class AgreementCache {

    static final int REPORTS = 16;
    private static final Duration UNUSED = Duration.ofHours(1);

    private final Cache<Key, Kept> reports = Caffeine.newBuilder().maximumSize(REPORTS).expireAfterAccess(UNUSED)
            .build();

    /**
     * The kept report for these options if {@code work} is what it was computed on; otherwise {@code compute}'s,
     * computed on the caller's thread (in its transaction, as its user) and kept.
     */
    AgreementReport report(UUID projectId, AgreementOptions options, WorkFingerprint work,
            Supplier<AgreementReport> compute) {
        Key key = new Key(projectId, options);
        while (true) {
            Kept mine = new Kept(work, new CompletableFuture<>());
            Kept current = reports.asMap().compute(key, (same, kept) -> kept != null && kept.work.equals(work)
                    && !kept.report.isCompletedExceptionally() ? kept : mine);
            if (current == mine) {
                return computeInto(key, mine, compute);
            }
            try {
                return current.report.get();
            } catch (ExecutionException failedThere) {
                // whoever computed it was cancelled or failed: try again, computing it here if no one else is
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Nobody is waiting for this report any more");
            }
        }
    }

    /**
     * Forgets every kept report. For tests: the cache is shared by the whole application, and when other tests have
     * filled it, Caffeine may refuse a new report a place (its admission favours reports used often).
     */
    void clear() {
        reports.invalidateAll();
        reports.cleanUp();
    }

    private AgreementReport computeInto(Key key, Kept mine, Supplier<AgreementReport> compute) {
        try {
            AgreementReport report = compute.get();
            mine.report.complete(report);
            return report;
        } catch (RuntimeException | Error failed) {
            reports.asMap().remove(key, mine);
            mine.report.completeExceptionally(failed);
            throw failed;
        }
    }

    private record Key(UUID projectId, AgreementOptions options) {
    }

    private record Kept(WorkFingerprint work, CompletableFuture<AgreementReport> report) {
    }
}
