package org.slant.export;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.slant.platform.BusyException;
import org.slant.platform.Message;
import org.springframework.stereotype.Component;

/**
 * At most {@code slant.export.max-concurrent} exports are prepared at once; one more is refused at once rather than
 * queued, so that the person or script asking learns to come back instead of waiting behind a long export. Sending a
 * prepared file takes no slot: it reads a file, not the database.
 */
@Component
class ExportSlots {

    /** About how long an export of 10,000 documents takes to prepare (docs/benchmarks.md). */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final int slots;
    private final Semaphore free;

    ExportSlots(ExportLimits limits) {
        this.slots = limits.maxConcurrent();
        this.free = new Semaphore(slots);
    }

    /** A slot for one export, given back by closing it; refused when every slot is taken. */
    Slot take() {
        if (!free.tryAcquire()) {
            throw new BusyException(Message.of("export.refusal.busy", slots), RETRY_AFTER);
        }
        return new Slot();
    }

    final class Slot implements AutoCloseable {

        private boolean given;

        @Override
        public void close() {
            if (!given) {
                given = true;
                free.release();
            }
        }
    }
}
