package org.slant.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slant.stories.PairMatches.Match;
import org.slant.stories.SharedPassage.Occurrence;
import org.slant.stories.SharedPassage.Placement;
import org.slant.stories.SharedPassage.WordChange;
import org.slant.stories.SharedPassage.WordPlace;
import org.slant.stories.WordAlignment.Edit;

/**
 * Finds the passages that two or more articles of a story share (docs/story-view.md): pairwise matches
 * ({@link PairMatches}) are joined into passages where they cover the same words of an article (at least half of the
 * shorter stretch); each article's stretches of one passage that overlap are one occurrence. The longest occurrence
 * is the passage's reference: every other one says which of its words it kept, changed or dropped, and which it
 * added. Passages come in the order of their first occurrence in the articles' order.
 */
public final class SharedPassageFinder {

    /** An article of the story: its text and an outlet name, in the order the story lists them. */
    public record Article(java.util.UUID id, String outlet, String text) {
    }

    private SharedPassageFinder() {
    }

    public static List<SharedPassage> find(List<Article> articles, int minWords) {
        WordIds vocabulary = new WordIds();
        List<ArticleWords> words = articles.stream().map(article -> ArticleWords.of(article.text(), vocabulary))
                .toList();
        List<Match> matches = PairMatches.find(words, minWords);
        List<Stretch> stretches = new ArrayList<>();
        UnionFind groups = new UnionFind(matches.size() * 2);
        for (Match match : matches) {
            int id = stretches.size();
            stretches.add(new Stretch(id, match.a(), match.aStart(), match.aEnd()));
            stretches.add(new Stretch(id + 1, match.b(), match.bStart(), match.bEnd()));
            groups.join(id, id + 1);
        }
        joinOverlapping(stretches, groups);

        Map<Integer, List<Stretch>> byGroup = new HashMap<>();
        for (Stretch stretch : stretches) {
            byGroup.computeIfAbsent(groups.root(stretch.id()), key -> new ArrayList<>()).add(stretch);
        }
        List<List<Stretch>> passages = new ArrayList<>();
        for (List<Stretch> group : byGroup.values()) {
            List<Stretch> occurrences = occurrences(group);
            if (occurrences.stream().map(Stretch::article).distinct().count() >= 2) {
                passages.add(occurrences);
            }
        }
        passages.sort(Comparator.comparing((List<Stretch> passage) -> passage.getFirst().article())
                .thenComparing(passage -> passage.getFirst().start()));
        List<SharedPassage> result = new ArrayList<>();
        for (List<Stretch> passage : passages) {
            result.add(describe(result.size() + 1, passage, articles, words));
        }
        return result;
    }

    /**
     * Stretches of one article that are nearly the same words (their overlap at least 80% of the longer) belong to
     * the same passage: a looser rule chains texts that some articles happen to carry one after the other (A's
     * "P1 P2" holds most of C's "P2", C's "P2 P3" most of its "P3", and so on) into one passage of everything. Then, smallest first, a group whose stretches lie (at least half of each) inside stretches of
     * exactly one other group joins it: Fox News quoting one sentence of a longer quotation is a version of that
     * quotation. A group inside two others is a bridge (a stock phrase two different quotations share) and stays a
     * passage of its own, so that unrelated passages are not chained into one.
     */
    private static void joinOverlapping(List<Stretch> stretches, UnionFind groups) {
        List<Stretch> sorted = new ArrayList<>(stretches);
        sorted.sort(Comparator.comparingInt(Stretch::article).thenComparingInt(Stretch::start));
        List<Stretch[]> containing = new ArrayList<>();
        for (int x = 0; x < sorted.size(); x++) {
            Stretch one = sorted.get(x);
            for (int y = x + 1; y < sorted.size(); y++) {
                Stretch other = sorted.get(y);
                if (other.article() != one.article() || other.start() >= one.end()) {
                    break;
                }
                int overlap = Math.min(one.end(), other.end()) - other.start();
                int longer = Math.max(one.length(), other.length());
                int shorter = Math.min(one.length(), other.length());
                if (overlap * 5 >= longer * 4) {
                    groups.join(one.id(), other.id());
                } else if (overlap * 2 >= shorter) {
                    containing.add(one.length() < other.length() ? new Stretch[] {one, other}
                            : new Stretch[] {other, one});
                }
            }
        }
        // the groups each group lies inside, smallest group first
        Map<Integer, Integer> sizes = new HashMap<>();
        stretches.forEach(stretch -> sizes.merge(groups.root(stretch.id()), stretch.length(), Integer::sum));
        List<Integer> bySize = new ArrayList<>(sizes.keySet());
        bySize.sort(Comparator.comparingInt((Integer group) -> sizes.get(group)).thenComparingInt(group -> group));
        Map<Integer, List<Stretch[]>> byInner = new HashMap<>();
        containing.forEach(pair -> byInner.computeIfAbsent(groups.root(pair[0].id()), key -> new ArrayList<>())
                .add(pair));
        // again until nothing joins: a group inside two that have since become one is inside one
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int group : bySize) {
                if (groups.root(group) != group) {
                    continue;
                }
                java.util.Set<Integer> outer = new java.util.HashSet<>();
                for (Stretch[] pair : byInner.getOrDefault(group, List.of())) {
                    int container = groups.root(pair[1].id());
                    if (container != group) {
                        outer.add(container);
                    }
                }
                if (outer.size() == 1) {
                    int container = outer.iterator().next();
                    groups.join(group, container);
                    int root = groups.root(group);
                    // the joined group's own containments are now those of its root
                    List<Stretch[]> both = new ArrayList<>(byInner.getOrDefault(group, List.of()));
                    both.addAll(byInner.getOrDefault(container, List.of()));
                    byInner.remove(group);
                    byInner.remove(container);
                    byInner.put(root, both);
                    joined = true;
                }
            }
        }
    }

    /** A passage's stretches in one article that overlap make one occurrence; in article, then text, order. */
    private static List<Stretch> occurrences(List<Stretch> group) {
        List<Stretch> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt(Stretch::article).thenComparingInt(Stretch::start));
        List<Stretch> result = new ArrayList<>();
        for (Stretch stretch : sorted) {
            Stretch last = result.isEmpty() ? null : result.getLast();
            if (last != null && last.article() == stretch.article() && stretch.start() < last.end()) {
                result.set(result.size() - 1, new Stretch(last.id(), last.article(), last.start(),
                        Math.max(last.end(), stretch.end())));
            } else {
                result.add(stretch);
            }
        }
        return result;
    }

    private static SharedPassage describe(int id, List<Stretch> passage, List<Article> articles,
            List<ArticleWords> words) {
        Stretch reference = passage.stream().max(Comparator.comparingInt(Stretch::length)
                .thenComparing(Comparator.comparingInt(Stretch::article).reversed())).orElseThrow();
        ArticleWords referenceWords = words.get(reference.article());
        List<Occurrence> occurrences = new ArrayList<>();
        for (Stretch stretch : passage) {
            ArticleWords these = words.get(stretch.article());
            Article article = articles.get(stretch.article());
            int start = these.starts[stretch.start()];
            int end = these.ends[stretch.end() - 1];
            int kept = 0;
            List<WordChange> changed = new ArrayList<>();
            List<WordPlace> dropped = new ArrayList<>();
            List<WordPlace> added = new ArrayList<>();
            for (Edit edit : WordAlignment.align(referenceWords.ids, reference.start(), reference.end(), these.ids,
                    stretch.start(), stretch.end())) {
                switch (edit.step()) {
                    case KEPT -> kept++;
                    case CHANGED -> changed.add(new WordChange(referenceWords.word(edit.a()), these.word(edit.b()),
                            these.starts[edit.b()], these.ends[edit.b()]));
                    case DROPPED -> dropped.add(new WordPlace(referenceWords.word(edit.a()),
                            referenceWords.starts[edit.a()], referenceWords.ends[edit.a()]));
                    case ADDED -> added.add(new WordPlace(these.word(edit.b()), these.starts[edit.b()],
                            these.ends[edit.b()]));
                }
            }
            double before = these.size() == 0 ? 0 : (double) stretch.start() / these.size();
            Placement placement = new Placement(these.paragraphs[stretch.start()] + 1, these.paragraphCount,
                    Math.round(before * 1000) / 1000.0);
            occurrences.add(new Occurrence(article.id(), article.outlet(), start, end, these.slice(start, end),
                    stretch.length(), stretch == reference, kept, changed, dropped, added, placement));
        }
        return new SharedPassage(id, reference.length(), occurrences);
    }

    /** Words {@code start..end} of one article, found in a pairwise match. */
    private record Stretch(int id, int article, int start, int end) {
        int length() {
            return end - start;
        }
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int root(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void join(int x, int y) {
            int rx = root(x);
            int ry = root(y);
            if (rx != ry) {
                parent[Math.max(rx, ry)] = Math.min(rx, ry);
            }
        }
    }
}
