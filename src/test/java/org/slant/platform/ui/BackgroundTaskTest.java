package org.slant.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.platform.BusyException;
import org.slant.platform.ForbiddenException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Long work off the UI's thread, in Karibu's browserless Vaadin: the test's thread holds the session as a request
 * would, so what the job sends to the page waits in the UI's queue until {@link MockVaadin#runUIQueue()}, as it waits
 * for the browser's next poll.
 */
class BackgroundTaskTest {

    /** Each job on a thread of its own, remembered so that the test can wait for it. */
    final List<Thread> threads = new CopyOnWriteArrayList<>();
    final Executor ownThread = job -> threads.add(Thread.ofPlatform().name("background-test").start(job));
    Div owner;

    @BeforeEach
    void page() {
        // no Spring here: Vaadin makes Slant's translations itself, as named by its configuration
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        owner = new Div();
        UI.getCurrent().add(owner);
    }

    @AfterEach
    void close() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(30));
        }
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
        SecurityContextHolder.clearContext();
    }

    @Test
    void progressThenTheResultReachThePageWhilePollingLasts() throws Exception {
        CountDownLatch halfWay = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        AtomicReference<String> result = new AtomicReference<>();

        BackgroundTask<String> task = BackgroundTask.of(progress -> {
            progress.advanced(1, 3);
            halfWay.countDown();
            assertThat(goOn.await(30, TimeUnit.SECONDS)).isTrue();
            progress.advanced(3, 3);
            return "report";
        }).onProgress((done, total) -> shown.add(done + " of " + total)).onDone(result::set).start(owner, ownThread);

        assertThat(UI.getCurrent().getPollInterval()).as("the browser asks for news").isPositive();
        assertThat(halfWay.await(30, TimeUnit.SECONDS)).isTrue();
        MockVaadin.runUIQueue();
        assertThat(shown).containsExactly("1 of 3");
        assertThat(result.get()).isNull();
        assertThat(task.isRunning()).isTrue();

        goOn.countDown();
        threads.getFirst().join();
        MockVaadin.runUIQueue();

        assertThat(result.get()).isEqualTo("report");
        assertThat(shown).containsExactly("1 of 3", "3 of 3");
        assertThat(task.isRunning()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("no more polling").isEqualTo(-1);
    }

    @Test
    void theJobRunsAsThePersonWhoStartedIt() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "alice", null, List.of()));
        AtomicReference<String> result = new AtomicReference<>();

        BackgroundTask.of(progress -> SecurityContextHolder.getContext().getAuthentication().getName())
                .onDone(result::set).start(owner, ownThread);
        threads.getFirst().join();
        MockVaadin.runUIQueue();

        assertThat(result.get()).isEqualTo("alice");
    }

    @Test
    void detachingTheOwnerStopsTheJobAndClosesWhatItLeavesBehind() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        AtomicBoolean closed = new AtomicBoolean();
        AtomicBoolean delivered = new AtomicBoolean();

        BackgroundTask<AutoCloseable> task = BackgroundTask.<AutoCloseable>of(progress -> {
            running.countDown();
            // a job busy with something that does not heed interrupts, such as reading from the database
            boolean interrupted = false;
            while (true) {
                try {
                    goOn.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            assertThat(interrupted).as("cancelling interrupts the job's thread").isTrue();
            try {
                progress.advanced(1, 2);
            } catch (CancellationException stopped) {
                ended.set(stopped);
            }
            return () -> closed.set(true);
        }).onDone(file -> delivered.set(true)).start(owner, ownThread);
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        UI.getCurrent().remove(owner);
        goOn.countDown();
        threads.getFirst().join();
        MockVaadin.runUIQueue();

        assertThat(task.isRunning()).isFalse();
        assertThat(ended.get()).as("the job stopped at its next step").isInstanceOf(CancellationException.class);
        assertThat(delivered.get()).isFalse();
        assertThat(closed.get()).as("a file made for no one is removed").isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aRefusalReachesThePageInItsOwnWords() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();

        BackgroundTask.of(progress -> {
            throw new ForbiddenException("Only managers may measure agreement.");
        }).onFailure(failure::set).start(owner, ownThread);
        threads.getFirst().join();
        MockVaadin.runUIQueue();

        assertThat(BackgroundTask.said(failure.get())).isEqualTo("Only managers may measure agreement.");
        assertThat(BackgroundTask.said(new IllegalStateException("a bug"))).startsWith("Something went wrong on the server");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void busyThreadsSayToTryAgainAtOnce() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Executor busy = job -> {
            throw new BusyException("The server is busy; try again in a minute.", Duration.ofMinutes(1));
        };

        BackgroundTask<String> task = BackgroundTask.of(progress -> "never").onFailure(failure::set)
                .start(owner, busy);

        assertThat(failure.get()).isInstanceOf(BusyException.class);
        assertThat(task.isRunning()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void thePagePollsWhileAnyOfItsTasksRuns() throws Exception {
        CountDownLatch goOn = new CountDownLatch(1);
        BackgroundTask<String> slow = BackgroundTask.of(progress -> {
            goOn.await(30, TimeUnit.SECONDS);
            return "slow";
        }).start(owner, ownThread);
        BackgroundTask<String> quick = BackgroundTask.of(progress -> "quick").start(owner, ownThread);
        threads.get(1).join();
        MockVaadin.runUIQueue();

        assertThat(quick.isRunning()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        goOn.countDown();
        threads.getFirst().join();
        MockVaadin.runUIQueue();
        assertThat(slow.isRunning()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
