package org.slant.agreement;

import java.util.List;

/** The annotators a report compares, by index (usernames in alphabetical order), and names for their pairs. */
record Annotators(List<String> usernames) {

    Annotators {
        usernames = List.copyOf(usernames);
    }

    int count() {
        return usernames.size();
    }

    String name(int annotator) {
        return usernames.get(annotator);
    }

    /** A pair's key, the lower index first. */
    int pair(int first, int second) {
        return Math.min(first, second) * count() + Math.max(first, second);
    }

    int firstOf(int pair) {
        return pair / count();
    }

    int secondOf(int pair) {
        return pair % count();
    }

    List<String> names(int pair) {
        return List.of(name(firstOf(pair)), name(secondOf(pair)));
    }

    String pairName(int pair) {
        return name(firstOf(pair)) + " × " + name(secondOf(pair));
    }
}
