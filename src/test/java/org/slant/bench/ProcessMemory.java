package org.slant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Memory of a process as Linux reports it in /proc; empty on other systems or when the process is gone. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** VmRSS from /proc/PID/status: the pages of the process now in RAM, shared ones included. */
    static OptionalLong residentKilobytes(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /**
     * Pss from /proc/PID/smaps_rollup: shared pages divided among the processes sharing them, so that the sum over
     * PostgreSQL's processes does not count its shared buffers once per process.
     */
    static OptionalLong proportionalKilobytes(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
    }

    private static OptionalLong field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return OptionalLong.of(Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has exited, or this is not Linux
        }
        return OptionalLong.empty();
    }
}
