package org.slant.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Every random choice of the synthetic corpus. java.util.Random's algorithm is fixed by its specification, so one
 * seed gives the same choices on every JVM and machine.
 */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** {@code count} different elements, in random order. */
    <T> List<T> pickDistinct(List<T> choices, int count) {
        List<T> copy = new ArrayList<>(choices);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, count));
    }

    /**
     * A triangular distribution: most values near {@code mode}, a long tail towards {@code high}; it gives sentence
     * lengths that are mostly short with some long ones, as in news prose.
     */
    int triangular(int low, int mode, int high) {
        double u = random.nextDouble();
        double split = (double) (mode - low) / (high - low);
        double value = u < split
                ? low + Math.sqrt(u * (high - low) * (mode - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        return (int) Math.round(value);
    }
}
