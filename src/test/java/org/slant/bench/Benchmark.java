package org.slant.bench;

import java.util.List;

/** One benchmark of the harness: a name to call it by, a line saying what it measures, and the measuring. */
public interface Benchmark {

    /** The name on the command line: lower case, no spaces. */
    String name();

    /** One line for {@code -Dbench=list}. */
    String description();

    /** Measures and returns the figures; throws when the measurement itself failed. */
    List<Figure> run(BenchSettings settings) throws Exception;
}
