package org.slant.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The attribute values of annotators who agree on a span or answer: a value goes to gold where all of them gave the
 * same one; where they differ (or some gave none) the attribute stays empty and the values are kept for the
 * curator. A multi-choice value is the same whatever order its options were ticked in.
 *
 * @param values the values all of them gave, by attribute id
 * @param differing the attributes they differ on, each with the values given (null for none), first-seen order
 */
record AgreedValues(Map<String, Object> values, Map<String, List<Object>> differing) {

    static AgreedValues of(List<Map<String, Object>> each) {
        Set<String> keys = new LinkedHashSet<>();
        each.forEach(values -> keys.addAll(values.keySet()));
        Map<String, Object> agreed = new LinkedHashMap<>();
        Map<String, List<Object>> differing = new LinkedHashMap<>();
        for (String key : keys) {
            List<Object> given = new ArrayList<>();
            for (Map<String, Object> values : each) {
                Object value = values.get(key);
                if (given.stream().noneMatch(seen -> same(seen, value))) {
                    given.add(value);
                }
            }
            if (given.size() == 1 && given.getFirst() != null) {
                agreed.put(key, given.getFirst());
            } else {
                differing.put(key, given);
            }
        }
        return new AgreedValues(agreed, differing);
    }

    /** Whether two sets of values are the same, multi-choice values compared as sets. */
    static boolean sameValues(Map<String, Object> one, Map<String, Object> other) {
        return one.keySet().equals(other.keySet())
                && one.keySet().stream().allMatch(key -> same(one.get(key), other.get(key)));
    }

    private static boolean same(Object one, Object other) {
        if (one instanceof List<?> some && other instanceof List<?> more) {
            return some.size() == more.size() && new HashSet<>(some).equals(new HashSet<>(more));
        }
        return Objects.equals(one, other);
    }
}
