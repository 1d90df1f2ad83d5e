package org.slant.stories;

import java.util.HashMap;
import java.util.Map;

/** A story's vocabulary: each distinct normalised word gets a number, so that matching compares ints. */
final class WordIds {

    private final Map<String, Integer> ids = new HashMap<>();

    int id(String word) {
        return ids.computeIfAbsent(word, added -> ids.size());
    }
}
