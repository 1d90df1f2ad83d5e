package org.slant.agreement;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Measures documents on a thread of its own while the caller's thread reads and tokenizes the next ones: reading (the
 * database, decoding, word tokens) and measuring take comparable time, and a server has more than one core. The
 * measuring side touches no database and no security context, only the figures being gathered.
 */
final class MeasuringThread<T> implements AutoCloseable {

    private static final int WAITING = 64;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WAITING);
    private final Thread thread;
    private volatile Throwable failure;

    MeasuringThread(Consumer<T> measure) {
        thread = Thread.ofPlatform().name("agreement-measuring").daemon().start(() -> run(measure));
    }

    @SuppressWarnings("unchecked")
    private void run(Consumer<T> measure) {
        try {
            for (Object next = queue.take(); next != END; next = queue.take()) {
                measure.accept((T) next);
            }
        } catch (Throwable failed) {
            failure = failed;
            queue.clear();
        }
    }

    /** Hands a document over, waiting while {@value #WAITING} are waiting; the measuring side's failure surfaces here. */
    void measure(T document) {
        offer(document);
    }

    /** Waits until every document handed over is measured. */
    void finish() {
        offer(END);
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring agreement", interrupted);
        }
        rethrowFailure();
    }

    private void offer(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
                if (!thread.isAlive()) {
                    throw new IllegalStateException("agreement measuring stopped");
                }
            }
        } catch (InterruptedException interrupted) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring agreement", interrupted);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    /** Stops the measuring thread if it is still waiting, e.g. when reading failed half way. */
    @Override
    public void close() {
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }
}
