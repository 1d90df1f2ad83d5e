package org.slant.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Puts whole stories into train, validation and test, so that no event's coverage is in two splits (a model must not
 * be tested on an event it was trained on). Stories are shuffled with the seed, then placed largest first into the
 * split furthest below its share: every split ends within one story's size of its share of the documents.
 * Documents without a story are groups of one.
 */
public final class StorySplits {

    private StorySplits() {
    }

    public enum Split {
        TRAIN("train"), VALIDATION("validation"), TEST("test");

        private final String id;

        Split(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * @param groupSizes documents per group: a story's id, or a story-less document's own id
     * @return each group's split; the same for the same sizes, shares and seed
     */
    public static Map<UUID, Split> assign(Map<UUID, Integer> groupSizes, ExportOptions.Splits shares) {
        double total = shares.train() + shares.validation() + shares.test();
        double[] share = {shares.train() / total, shares.validation() / total, shares.test() / total};
        long documents = groupSizes.values().stream().mapToLong(Integer::longValue).sum();
        List<UUID> groups = new ArrayList<>(groupSizes.keySet());
        groups.sort(Comparator.naturalOrder());
        Collections.shuffle(groups, new Random(shares.seed()));
        // largest first (the shuffle decides among equals: sort is stable)
        groups.sort(Comparator.comparing(groupSizes::get, Comparator.reverseOrder()));
        long[] placed = new long[3];
        Map<UUID, Split> splits = new HashMap<>();
        for (UUID group : groups) {
            int furthestBelow = 0;
            double largestGap = Double.NEGATIVE_INFINITY;
            for (int split = 0; split < 3; split++) {
                if (share[split] == 0) {
                    continue;
                }
                double gap = share[split] * documents - placed[split];
                if (gap > largestGap) {
                    largestGap = gap;
                    furthestBelow = split;
                }
            }
            placed[furthestBelow] += groupSizes.get(group);
            splits.put(group, Split.values()[furthestBelow]);
        }
        return splits;
    }

    /**
     * The splits with a share above 0 that {@link #assign} leaves without a document: a story is never divided, so
     * a project of one story fills one split only. Nothing when the shares are unusable (the export refuses them).
     */
    public static List<Split> empty(Map<UUID, Integer> groupSizes, ExportOptions.Splits shares) {
        double[] share = {shares.train(), shares.validation(), shares.test()};
        if (share[0] < 0 || share[1] < 0 || share[2] < 0 || !(share[0] + share[1] + share[2] > 0)) {
            return List.of();
        }
        Set<Split> filled = EnumSet.noneOf(Split.class);
        filled.addAll(assign(groupSizes, shares).values());
        List<Split> empty = new ArrayList<>();
        for (Split split : Split.values()) {
            if (share[split.ordinal()] > 0 && !filled.contains(split)) {
                empty.add(split);
            }
        }
        return empty;
    }
}
