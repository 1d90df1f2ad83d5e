package org.slant.bench;

import java.util.List;

/**
 * What one benchmark gave in one run.
 *
 * @param error why the benchmark failed, or null when it ran through
 */
public record BenchmarkResult(String name, double seconds, List<Figure> figures, String error) {

    boolean failed() {
        return error != null;
    }
}
