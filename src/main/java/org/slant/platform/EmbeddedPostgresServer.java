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
 * Slant that was killed (kill -9, a crash): it is stopped first, instead of blocking the start for good.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final long ORPHAN_STOP_SECONDS = 30;

    private final FileChannel lockFile;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(FileChannel lockFile, FileLock lock, EmbeddedPostgres postgres) {
        this.lockFile = lockFile;
        this.lock = lock;
        this.postgres = postgres;
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
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    // zonky's default is off, which can lose the last commits in a crash: every save must be durable
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            return new EmbeddedPostgresServer(lockFile, lock, postgres);
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockFile.close();
            throw e;
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockFile.close();
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
