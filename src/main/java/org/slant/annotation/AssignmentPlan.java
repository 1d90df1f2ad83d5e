package org.slant.annotation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Who annotates which document: each document goes to k distinct annotators, each annotator's share differs from
 * any other's by at most one document (where work already assigned allows), and a story's articles go to the same
 * annotators as far as that balance allows.
 * Work already assigned stays and counts. Documents are taken in position order, or in a random order from a seed;
 * either way the same input gives the same plan.
 */
public final class AssignmentPlan {

    /** A document to plan for, with its story (null when it has none) and whoever already has it. */
    public record Item(UUID documentId, UUID storyId, Set<UUID> assignedAlready) {
    }

    private AssignmentPlan() {
    }

    /** The new assignments, document by document (existing ones are not repeated). */
    public static Map<UUID, List<UUID>> plan(List<Item> documents, List<UUID> annotators, int k, Long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        if (annotators.size() < k) {
            throw new IllegalArgumentException("each document needs " + k + " distinct annotators, and there are "
                    + annotators.size());
        }
        Map<UUID, Integer> load = new LinkedHashMap<>();
        annotators.forEach(annotator -> load.put(annotator, 0));
        for (Item item : documents) {
            item.assignedAlready().forEach(annotator -> load.computeIfPresent(annotator, (key, count) -> count + 1));
        }
        List<Item> order = new ArrayList<>(documents);
        if (seed != null) {
            shuffleByStory(order, new Random(seed));
        }
        // first a story's articles all go to the k least busy annotators, then single articles move from the busiest
        // to the least busy until shares differ by at most one: stories stay together as far as the balance allows
        Map<UUID, List<UUID>> plan = new LinkedHashMap<>();
        Map<Object, List<Item>> stories = groups(order);
        for (List<Item> story : stories.values()) {
            for (Item item : story) {
                List<UUID> chosen = leastBusy(load, item, needed(item, k, load), stories, plan);
                chosen.forEach(annotator -> load.merge(annotator, 1, Integer::sum));
                if (!chosen.isEmpty()) {
                    plan.put(item.documentId(), new ArrayList<>(chosen));
                }
            }
        }
        balance(plan, load, documents);
        plan.replaceAll((document, chosen) -> List.copyOf(chosen));
        return plan;
    }

    private static int needed(Item item, int k, Map<UUID, Integer> load) {
        return Math.max(0, k - (int) item.assignedAlready().stream().filter(load::containsKey).count());
    }

    /** The annotators the story's earlier articles went to first, then the least busy. */
    private static List<UUID> leastBusy(Map<UUID, Integer> load, Item item, int needed,
            Map<Object, List<Item>> stories, Map<UUID, List<UUID>> plan) {
        if (needed == 0) {
            return List.of();
        }
        List<UUID> sameStory = new ArrayList<>();
        if (item.storyId() != null) {
            for (Item earlier : stories.get(item.storyId())) {
                if (earlier == item) {
                    break;
                }
                plan.getOrDefault(earlier.documentId(), List.of()).forEach(annotator -> {
                    if (!sameStory.contains(annotator)) {
                        sameStory.add(annotator);
                    }
                });
            }
        }
        List<UUID> candidates = load.keySet().stream().filter(annotator -> !item.assignedAlready().contains(annotator))
                .sorted(Comparator.<UUID>comparingInt(annotator -> sameStory.contains(annotator) ? 0 : 1)
                        .thenComparingInt(load::get))
                .limit(needed).toList();
        return candidates;
    }

    /** Moves one article at a time from the busiest annotator to the least busy one that does not have it. */
    private static void balance(Map<UUID, List<UUID>> plan, Map<UUID, Integer> load, List<Item> documents) {
        Map<UUID, Set<UUID>> fixed = new HashMap<>();
        documents.forEach(item -> fixed.put(item.documentId(), item.assignedAlready()));
        while (true) {
            UUID busiest = Collections.max(load.keySet(), Comparator.comparingInt(load::get));
            UUID idlest = Collections.min(load.keySet(), Comparator.comparingInt(load::get));
            if (load.get(busiest) - load.get(idlest) <= 1) {
                return;
            }
            // the most recently planned article of the busiest: its story's earlier articles keep their annotators
            UUID movable = null;
            for (Map.Entry<UUID, List<UUID>> entry : plan.entrySet()) {
                if (entry.getValue().contains(busiest) && !entry.getValue().contains(idlest)
                        && !fixed.get(entry.getKey()).contains(idlest)) {
                    movable = entry.getKey();
                }
            }
            if (movable == null) {
                return;
            }
            List<UUID> chosen = plan.get(movable);
            chosen.set(chosen.indexOf(busiest), idlest);
            load.merge(busiest, -1, Integer::sum);
            load.merge(idlest, 1, Integer::sum);
        }
    }

    private static Map<Object, List<Item>> groups(List<Item> order) {
        Map<Object, List<Item>> groups = new LinkedHashMap<>();
        for (Item item : order) {
            Object key = item.storyId() != null ? item.storyId() : item.documentId();
            groups.computeIfAbsent(key, group -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    /** Stories stay together (their articles one after another); the stories and the lone articles are shuffled. */
    private static void shuffleByStory(List<Item> order, Random random) {
        List<List<Item>> shuffled = new ArrayList<>(groups(order).values());
        Collections.shuffle(shuffled, random);
        order.clear();
        shuffled.forEach(order::addAll);
    }
}
