package org.slant.platform;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The few threads that run the web UI's long work (agreement reports, exports) away from the requests that asked for
 * it. Few on purpose: the server has a couple of cores, and work beyond them only makes every job slower. Jobs
 * beyond {@value #THREADS} running and {@value #WAITING} waiting are refused with a {@link BusyException}.
 */
@Component
public class BackgroundThreads implements Executor, DisposableBean {

    static final int THREADS = 3;
    static final int WAITING = 20;

    private final ThreadPoolExecutor pool;

    BackgroundThreads() {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(WAITING),
                runnable -> Thread.ofPlatform().daemon().name("slant-background-" + count.incrementAndGet())
                        .unstarted(runnable));
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable job) {
        try {
            pool.execute(job);
        } catch (RejectedExecutionException full) {
            throw new BusyException(Message.of("platform.refusal.busy", THREADS + WAITING), Duration.ofMinutes(1));
        }
    }

    @Override
    public void destroy() {
        // jobs check for this at their next step (Progress), so the server stops without waiting for a report
        pool.shutdownNow();
    }
}
