package org.slant.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a run measured, so that figures from different machines are not compared blindly. The load average
 * is there because these machines are shared: a busy neighbour slows every figure down.
 */
public record MachineFacts(int cores, long maxHeapMb, long memoryMb, String java, String os, String loadAverage) {

    static MachineFacts current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getTotalMemorySize() / (1024 * 1024)
                : -1;
        return new MachineFacts(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), memory,
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                readLoadAverage());
    }

    /** The 1, 5 and 15 minute load averages on Linux, "unknown" elsewhere. */
    private static String readLoadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
