package org.slant.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL 18's own client programs (pg_dump, pg_restore), as an operator runs them: pg_dump refuses a server
 * newer than itself, so they must be of the embedded server's major version. Found in {@code slant.pg.bin} (set by
 * the build to the folder {@code .ci/postgres-client} fills) or {@code SLANT_PG_BIN}.
 */
final class PostgresClient {

    private static final String MAJOR = "18";

    private final Path bin;

    private PostgresClient(Path bin) {
        this.bin = bin;
    }

    static PostgresClient find() {
        String configured = System.getenv("SLANT_PG_BIN") != null ? System.getenv("SLANT_PG_BIN")
                : System.getProperty("slant.pg.bin", System.getProperty("user.home")
                        + "/.cache/slant/postgresql-client-" + MAJOR + "/bin");
        PostgresClient client = new PostgresClient(Path.of(configured));
        String version = client.version();
        if (!version.contains("(PostgreSQL) " + MAJOR + ".")) {
            throw new IllegalStateException("The backup tests need PostgreSQL " + MAJOR + "'s pg_dump and pg_restore "
                    + "in " + configured + " (found: " + version + "). Run .ci/postgres-client once, or set "
                    + "SLANT_PG_BIN to a folder holding them.");
        }
        return client;
    }

    /** A dump of the whole database in pg_dump's custom format, as an operator's nightly backup would take it. */
    void dumpCustom(int port, String database, Path file) {
        run("pg_dump", "--host=localhost", "--port=" + port, "--username=postgres", "--format=custom",
                "--file=" + file, database);
    }

    /** A plain SQL dump, without owners and grants, so that any empty database can load it. */
    void dumpPlain(int port, String database, Path file) {
        run("pg_dump", "--host=localhost", "--port=" + port, "--username=postgres", "--format=plain",
                "--no-owner", "--no-privileges", "--file=" + file, database);
    }

    /** Restores a custom-format dump into an empty database, stopping at the first error. */
    void restore(Path file, int port, String database) {
        run("pg_restore", "--host=localhost", "--port=" + port, "--username=postgres", "--dbname=" + database,
                "--exit-on-error", "--no-owner", file.toString());
    }

    private String version() {
        try {
            return run("pg_dump", "--version").strip();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private String run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("slant-" + program + "-", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(program + " did not finish within 5 minutes");
                }
                String printed = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                            + process.exitValue() + ": " + printed);
                }
                return printed;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
