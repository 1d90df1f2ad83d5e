package org.slant.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slant.platform.Progress;
import org.slant.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Long work a view asks for (an agreement report, an export), run on another thread so that the page stays usable:
 * its progress and its outcome reach the page through {@link UI#access}, which the browser picks up by polling while
 * the task runs (Slant has no server push; see docs/decisions/0016). The job runs as the person who started it, and
 * stops when the view goes away: a result that arrives for no one is closed if it holds anything (a file).
 *
 * @param <T> what the job gives
 */
public final class BackgroundTask<T> {

    /** How often the browser asks for news while a task runs. */
    static final int POLL_MILLIS = 500;
    private static final String RUNNING = BackgroundTask.class.getName() + ".running";
    private static final Logger log = LoggerFactory.getLogger(BackgroundTask.class);

    /** The work itself; it tells {@code progress} how far it has come, which is also where it stops if cancelled. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** Shows progress on the page (called on the UI's thread, at most once per poll however often the job tells). */
    @FunctionalInterface
    public interface ProgressShown {
        void show(long done, long total);
    }

    private final Job<T> job;
    private ProgressShown progressShown = (done, total) -> {
    };
    private Consumer<T> done = result -> {
    };
    private Consumer<Throwable> failed = failure -> {
    };
    private final AtomicReference<long[]> unshown = new AtomicReference<>();
    private volatile boolean cancelled;
    private volatile boolean finished;
    private UI ui;
    private Registration detach;
    private FutureTask<Void> running;

    private BackgroundTask(Job<T> job) {
        this.job = job;
    }

    public static <T> BackgroundTask<T> of(Job<T> job) {
        return new BackgroundTask<>(job);
    }

    public BackgroundTask<T> onProgress(ProgressShown shown) {
        this.progressShown = shown;
        return this;
    }

    public BackgroundTask<T> onDone(Consumer<T> done) {
        this.done = done;
        return this;
    }

    /** The job failed, or could not start (the server's background threads all busy: a {@code BusyException}). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> failed) {
        this.failed = failed;
        return this;
    }

    /**
     * Starts the job on {@code threads} for {@code owner}, which must be on a page; the task ends when the owner is
     * detached. Call on the UI's thread.
     */
    public BackgroundTask<T> start(Component owner, Executor threads) {
        ui = owner.getUI().orElseThrow(() -> new IllegalStateException("A background task needs a view on a page"));
        // the services check the caller's roles, and the worker thread has no session to find them in
        SecurityContext caller = SecurityContextHolder.createEmptyContext();
        caller.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        detach = owner.addDetachListener(event -> cancel());
        polling(ui, +1);
        running = new FutureTask<>(new DelegatingSecurityContextRunnable(this::work, caller), null);
        try {
            threads.execute(running);
        } catch (RuntimeException refused) {
            end();
            failed.accept(refused);
        }
        return this;
    }

    /** Stops the job at its next step; nothing more reaches the page. Call on the UI's thread. */
    public void cancel() {
        if (finished) {
            return;
        }
        cancelled = true;
        if (running != null) {
            running.cancel(true);
        }
        end();
    }

    /** Whether the job is still under way (neither done, failed nor cancelled). */
    public boolean isRunning() {
        return !finished;
    }

    /** What to tell the person about a failure: a refusal in its own words; anything else is logged. */
    public static String said(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal.in(LocalFormats.locale());
            }
        }
        log.error("A background task failed", failure);
        return I18NProvider.translate("platform.error.something");
    }

    private void work() {
        T result;
        try {
            result = job.run(this::advanced);
        } catch (Throwable failure) {
            if (!cancelled && !(failure instanceof CancellationException)) {
                deliver(() -> failed.accept(failure), null);
            }
            return;
        }
        deliver(() -> done.accept(result), result);
    }

    /** Called by the job on its thread: remembers the latest figures, and asks the UI to show them once. */
    private void advanced(long doneSoFar, long total) {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Nobody is waiting for this any more");
        }
        if (unshown.getAndSet(new long[] {doneSoFar, total}) == null) {
            access(() -> {
                long[] latest = unshown.getAndSet(null);
                if (latest != null && !finished) {
                    progressShown.show(latest[0], latest[1]);
                }
            }, null);
        }
    }

    private void deliver(Runnable outcome, T result) {
        access(() -> {
            if (finished) {
                discard(result);
                return;
            }
            end();
            outcome.run();
        }, result);
    }

    private void access(Runnable command, T result) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            discard(result);
        }
    }

    /** Ends polling (unless other tasks of the page still run) and the watch on the owner. On the UI's thread. */
    private void end() {
        if (finished) {
            return;
        }
        finished = true;
        detach.remove();
        polling(ui, -1);
    }

    private void discard(T result) {
        if (result instanceof AutoCloseable resource) {
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Could not close what a background task left behind", e);
            }
        }
    }

    /** Counts the page's running tasks; the browser polls while there is one. */
    private static void polling(UI ui, int change) {
        Integer before = (Integer) ComponentUtil.getData(ui, RUNNING);
        int now = Math.max(0, (before == null ? 0 : before) + change);
        ComponentUtil.setData(ui, RUNNING, now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }
}
