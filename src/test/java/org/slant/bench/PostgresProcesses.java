package org.slant.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL server that Slant runs on a given data directory, found by its command line
 * ({@code postgres -D <dir>/postgres ...}, what {@code pgrep -f "postgres -D <dir>"} matches). Its worker processes
 * carry other titles but are its children.
 */
final class PostgresProcesses {

    private PostgresProcesses() {
    }

    static List<ProcessHandle> servers(Path dataDirectory) {
        String pattern = "postgres -D " + dataDirectory;
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(pattern)).orElse(false))
                .toList();
    }

    /** Proportional memory (Pss) of the servers and all their workers, in KB; empty if none is found. */
    static OptionalLong proportionalKilobytes(Path dataDirectory) {
        List<ProcessHandle> servers = servers(dataDirectory);
        if (servers.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(servers.stream().flatMap(server -> Stream.concat(Stream.of(server),
                        server.descendants()))
                .mapToLong(process -> ProcessMemory.proportionalKilobytes(process.pid()).orElse(0))
                .sum());
    }

    /** Stops servers left running on the directory (fast shutdown, then SIGKILL) and says how many there were. */
    static int stopLeftovers(Path dataDirectory) throws InterruptedException {
        List<ProcessHandle> leftovers = servers(dataDirectory);
        for (ProcessHandle server : leftovers) {
            server.destroy();
        }
        for (ProcessHandle server : leftovers) {
            try {
                server.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                server.destroyForcibly();
            }
        }
        return leftovers.size();
    }
}
