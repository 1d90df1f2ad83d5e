package org.slant.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An export's files in a temporary directory of their own, until the service has put them into the bundle; closing
 * this deletes the directory with everything in it.
 */
final class TempExportFiles implements ExportFiles, AutoCloseable {

    private final ExportFilesOnDisk disk;
    private final Path directory;
    private final List<String> names = new ArrayList<>();

    TempExportFiles(ExportFilesOnDisk disk) throws IOException {
        this.disk = disk;
        this.directory = disk.newDirectory();
    }

    @Override
    public OutputStream create(String name) {
        if (name.isBlank() || name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")
                || name.equals(ExportManifest.FILE_NAME) || names.contains(name)) {
            throw new IllegalArgumentException("Not a new file name of the export: '" + name + "'");
        }
        Path file = directory.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            names.add(name);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files' names in the order they were created. */
    List<String> names() {
        return List.copyOf(names);
    }

    Path path(String name) {
        return directory.resolve(name);
    }

    @Override
    public void close() {
        disk.delete(directory);
    }
}
