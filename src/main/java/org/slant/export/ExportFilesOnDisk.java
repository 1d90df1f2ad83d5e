package org.slant.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slant.platform.TemporaryFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where exports wait on disk: prepared files until they are sent (or their page closes), and a bundle's parts while it
 * is zipped. Each is known here while in use; anything named like an export's file that no one uses and that has
 * not changed for {@link #STALE} (left by a server that stopped half way, or a page whose session never ended) is
 * removed at start and then every few minutes.
 */
@Component
class ExportFilesOnDisk {

    static final String PREFIX = "slant-export-";
    static final Duration STALE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ExportFilesOnDisk.class);

    private final Path directory = TemporaryFiles.DIRECTORY;
    private final Set<Path> inUse = ConcurrentHashMap.newKeySet();

    /** A new empty file, e.g. for an export's download. */
    Path newFile(String suffix) throws IOException {
        Path file = Files.createTempFile(directory, PREFIX, suffix);
        inUse.add(file);
        return file;
    }

    /** A new empty directory, e.g. for a bundle's parts. */
    Path newDirectory() throws IOException {
        Path made = Files.createTempDirectory(directory, PREFIX + "parts-");
        inUse.add(made);
        return made;
    }

    /** Removes the file or directory (with everything in it); removing one twice does nothing. */
    void delete(Path path) {
        if (path == null) {
            return;
        }
        TemporaryFiles.delete(path);
        inUse.remove(path);
    }

    /** Removes exports' files left behind: no one here uses them, and nothing changed them for an hour. */
    @Scheduled(initialDelay = 0, fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    int sweep() {
        // the files' own times are the system's, whatever clock the application is given
        Instant before = Instant.now().minus(STALE);
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(path -> path.getFileName().toString().startsWith(PREFIX))
                    .filter(path -> !inUse.contains(path))
                    .filter(path -> lastChanged(path).isBefore(before))
                    .forEach(stale::add);
        } catch (IOException e) {
            log.warn("Could not look for exports' files left behind in {}", directory, e);
            return 0;
        }
        stale.forEach(TemporaryFiles::delete);
        if (!stale.isEmpty()) {
            log.info("Removed {} export files left behind in {}", stale.size(), directory);
        }
        return stale.size();
    }

    /** When the file, or anything in the directory, last changed. */
    private static Instant lastChanged(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.map(ExportFilesOnDisk::modified).max(Instant::compareTo).orElse(Instant.now());
        } catch (IOException | RuntimeException gone) {
            return Instant.now();
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException gone) {
            return Instant.now();
        }
    }
}
