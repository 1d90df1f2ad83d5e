package org.slant.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where two articles of a story share words (docs/decisions/0022-shared-passages.md): runs of {@code k} equal words
 * (shingles) found in both are the seeds; seeds on nearly the same diagonal with at most {@link #GAP} words between
 * them make one match (a word changed or dropped breaks the shingles over it but not the match); each match is then
 * extended word by word while the words are equal and over a few changed words where equal ones follow, which fixes
 * its boundaries; matches sharing fewer than {@code minWords} words are dropped.
 */
final class PairMatches {

    /** Words between two seeds of one match, in either article: a changed or dropped word or two. */
    static final int GAP = 2;
    /** How far the local alignment at a match's ends looks past the last equal word. */
    static final int EXTENSION_WINDOW = 6;
    /** A run of words found in more places than this is boilerplate, not a passage. */
    static final int MOST_PLACES = 400;

    /** A stretch of article {@code a} (words {@code aStart..aEnd}) shared with article {@code b}. */
    record Match(int a, int aStart, int aEnd, int b, int bStart, int bEnd, int shared) {
    }

    private PairMatches() {
    }

    /** The shingle length for a minimum passage length: short enough to find a passage with one word changed. */
    static int shingle(int minWords) {
        return Math.max(2, Math.min(4, minWords));
    }

    /** Every match between every two of the articles, sharing at least {@code minWords} words. */
    static List<Match> find(List<ArticleWords> articles, int minWords) {
        int k = shingle(minWords);
        Map<Long, Seeds> seedsByPair = new HashMap<>();
        for (long[] places : shinglePlaces(articles, k)) {
            if (places.length > MOST_PLACES) {
                continue;
            }
            for (int x = 0; x < places.length; x++) {
                int docX = (int) (places[x] >>> 32);
                int posX = (int) places[x];
                for (int y = x + 1; y < places.length; y++) {
                    int docY = (int) (places[y] >>> 32);
                    if (docX == docY) {
                        continue;
                    }
                    int posY = (int) places[y];
                    boolean ordered = docX < docY;
                    long pair = ordered ? ((long) docX << 32) | docY : ((long) docY << 32) | docX;
                    seedsByPair.computeIfAbsent(pair, key -> new Seeds()).add(ordered ? posX : posY,
                            ordered ? posY : posX);
                }
            }
        }
        List<Match> matches = new ArrayList<>();
        seedsByPair.forEach((pair, seeds) -> {
            int a = (int) (pair >>> 32);
            int b = (int) (long) pair;
            matches.addAll(chain(articles.get(a), a, articles.get(b), b, seeds.sorted(), k, minWords));
        });
        matches.sort((x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : x.b() != y.b()
                ? Integer.compare(x.b(), y.b()) : Integer.compare(x.aStart(), y.aStart()));
        return matches;
    }

    /** For each run of k words, where it stands: (article << 32 | word index), in article then text order. */
    private static List<long[]> shinglePlaces(List<ArticleWords> articles, int k) {
        Map<Shingle, LongList> places = new HashMap<>();
        for (int doc = 0; doc < articles.size(); doc++) {
            int[] ids = articles.get(doc).ids;
            for (int i = 0; i + k <= ids.length; i++) {
                places.computeIfAbsent(new Shingle(ids, i, k), key -> new LongList()).add(((long) doc << 32) | i);
            }
        }
        List<long[]> shared = new ArrayList<>();
        for (LongList list : places.values()) {
            if (list.size > 1) {
                shared.add(list.toArray());
            }
        }
        return shared;
    }

    private static List<Match> chain(ArticleWords a, int aDoc, ArticleWords b, int bDoc, long[] seeds, int k,
            int minWords) {
        List<int[]> open = new ArrayList<>();
        List<int[]> regions = new ArrayList<>();
        for (long seed : seeds) {
            int i = (int) (seed >>> 32);
            int j = (int) seed;
            int[] joined = null;
            for (int r = open.size() - 1; r >= 0; r--) {
                int[] region = open.get(r);
                if (region[1] + GAP < i) {
                    open.remove(r);
                    continue;
                }
                boolean near = i >= region[0] && j >= region[2] && j <= region[3] + GAP
                        && Math.abs((j - i) - (region[3] - region[1])) <= GAP;
                if (near) {
                    joined = region;
                    break;
                }
            }
            if (joined == null) {
                int[] region = {i, i + k, j, j + k, k};
                open.add(region);
                regions.add(region);
            } else {
                // words newly covered by this seed on a's side count as shared
                joined[4] += Math.max(0, i + k - Math.max(i, joined[1]));
                joined[1] = Math.max(joined[1], i + k);
                joined[3] = Math.max(joined[3], j + k);
            }
        }
        List<Match> found = new ArrayList<>();
        for (int[] region : regions) {
            extend(a, b, region);
            trimStubs(a, b, region, k);
            if (region[4] >= minWords) {
                found.add(new Match(aDoc, region[0], region[1], bDoc, region[2], region[3], region[4]));
            }
        }
        return merged(found);
    }

    /**
     * Moves a region's ends over equal words, and over a few changed ones where equal words follow; never past the
     * end of a paragraph (a passage may run on into the next paragraph only where seeds carry it: a single equal
     * word there, "The", is chance).
     */
    private static void extend(ArticleWords a, ArticleWords b, int[] region) {
        boolean moved = true;
        while (moved) {
            moved = false;
            int aRoom = roomAfter(a, region[1]);
            int bRoom = roomAfter(b, region[3]);
            int exact = 0;
            while (exact < aRoom && exact < bRoom && a.ids[region[1] + exact] == b.ids[region[3] + exact]) {
                exact++;
            }
            if (exact > 0) {
                region[1] += exact;
                region[3] += exact;
                region[4] += exact;
                aRoom -= exact;
                bRoom -= exact;
            }
            int[] forward = WordAlignment.extendForward(a.ids, region[1], Math.min(aRoom, EXTENSION_WINDOW), b.ids,
                    region[3], Math.min(bRoom, EXTENSION_WINDOW));
            if (forward[0] > 0) {
                region[1] += forward[0];
                region[3] += forward[1];
                region[4] += 1;
                moved = true;
            }
        }
        moved = true;
        while (moved) {
            moved = false;
            int aRoom = roomBefore(a, region[0]);
            int bRoom = roomBefore(b, region[2]);
            int exact = 0;
            while (exact < aRoom && exact < bRoom && a.ids[region[0] - 1 - exact] == b.ids[region[2] - 1 - exact]) {
                exact++;
            }
            if (exact > 0) {
                region[0] -= exact;
                region[2] -= exact;
                region[4] += exact;
                aRoom -= exact;
                bRoom -= exact;
            }
            int[] backward = WordAlignment.extendBackward(a.ids, region[0], Math.min(aRoom, EXTENSION_WINDOW), b.ids,
                    region[2], Math.min(bRoom, EXTENSION_WINDOW));
            if (backward[0] > 0) {
                region[0] -= backward[0];
                region[2] -= backward[1];
                region[4] += 1;
                moved = true;
            }
        }
    }

    /**
     * A match's first or last words that stand in another sentence than the rest, fewer than a shingle of them and as
     * many in both articles, are chance (a shingle across a sentence's end: "… the Senate race. The"), not the
     * passage: they are cut off.
     */
    private static void trimStubs(ArticleWords a, ArticleWords b, int[] region, int k) {
        int headA = sameSentence(a, region[0], region[1], 1);
        int headB = sameSentence(b, region[2], region[3], 1);
        if (headA == headB && headA < k && headA < region[1] - region[0]) {
            region[0] += headA;
            region[2] += headB;
            region[4] -= headA;
        }
        int tailA = sameSentence(a, region[1] - 1, region[0] - 1, -1);
        int tailB = sameSentence(b, region[3] - 1, region[2] - 1, -1);
        if (tailA == tailB && tailA < k && tailA < region[1] - region[0]) {
            region[1] -= tailA;
            region[3] -= tailB;
            region[4] -= tailA;
        }
    }

    /** How many words from {@code from} towards {@code to} (exclusive), by {@code step}, share the first's sentence. */
    private static int sameSentence(ArticleWords words, int from, int to, int step) {
        int sentence = words.sentences[from];
        int count = 0;
        for (int i = from; i != to && words.sentences[i] == sentence; i += step) {
            count++;
        }
        return count;
    }

    /** How many words follow {@code at} in the paragraph of the word before it. */
    private static int roomAfter(ArticleWords words, int at) {
        if (at == 0) {
            return 0;
        }
        int paragraph = words.paragraphs[at - 1];
        int end = at;
        while (end < words.size() && words.paragraphs[end] == paragraph) {
            end++;
        }
        return end - at;
    }

    /** How many words precede {@code at} in the paragraph of the word at it. */
    private static int roomBefore(ArticleWords words, int at) {
        if (at >= words.size()) {
            return 0;
        }
        int paragraph = words.paragraphs[at];
        int start = at;
        while (start > 0 && words.paragraphs[start - 1] == paragraph) {
            start--;
        }
        return at - start;
    }

    /** Matches of one pair that overlap on both sides after extension are one match. */
    private static List<Match> merged(List<Match> found) {
        found.sort((x, y) -> Integer.compare(x.aStart(), y.aStart()));
        List<Match> result = new ArrayList<>();
        for (Match match : found) {
            Match last = result.isEmpty() ? null : result.getLast();
            if (last != null && match.aStart() < last.aEnd() && match.bStart() < last.bEnd()
                    && match.bEnd() > last.bStart()) {
                result.set(result.size() - 1, new Match(last.a(), last.aStart(), Math.max(last.aEnd(), match.aEnd()),
                        last.b(), Math.min(last.bStart(), match.bStart()), Math.max(last.bEnd(), match.bEnd()),
                        Math.max(last.shared(), match.shared())));
            } else {
                result.add(match);
            }
        }
        return result;
    }

    /** k word numbers starting at an offset, compared by value. */
    private static final class Shingle {
        private final int[] ids;
        private final int from;
        private final int k;
        private final int hash;

        Shingle(int[] ids, int from, int k) {
            this.ids = ids;
            this.from = from;
            this.k = k;
            int h = 1;
            for (int i = from; i < from + k; i++) {
                h = 31 * h + ids[i];
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shingle that && that.hash == hash
                    && Arrays.equals(ids, from, from + k, that.ids, that.from, that.from + k);
        }
    }

    private static final class LongList {
        long[] values = new long[2];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** One pair's seeds as (i << 32 | j), sorted by i then j. */
    private static final class Seeds {
        private final LongList list = new LongList();

        void add(int i, int j) {
            list.add(((long) i << 32) | (j & 0xffffffffL));
        }

        long[] sorted() {
            long[] values = list.toArray();
            Arrays.sort(values);
            return values;
        }
    }
}
