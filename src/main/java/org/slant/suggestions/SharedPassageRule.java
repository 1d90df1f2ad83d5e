package org.slant.suggestions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.Span;
import org.slant.annotation.Suggestion;
import org.slant.stories.SharedPassage;
import org.slant.stories.SharedPassage.Occurrence;

/**
 * A shared passage's labels from another article of the story (source "shared-passage"): where the annotator
 * labelled words inside one article's occurrence of a passage the story's articles share (a quotation, wire copy),
 * the same layer, label and attribute values are proposed at the same words of this article's occurrence.
 * <p>
 * Mapping: both occurrences are cut into words (letters, digits and marks; an apostrophe inside a word joins it;
 * compared case-folded and NFKC-normalised, apostrophes left out, so "NATO’s" and "nato's" are the same word) and
 * aligned word by word, keeping as many equal words in order as there are (a longest common subsequence). The span's
 * first and last word must both be kept words, and all its words inside the occurrence; the proposal then runs from
 * the first one's counterpart to the last one's. Characters the span has before its first word or after its last
 * (an opening quotation mark, a final full stop) come along where this article has exactly the same ones there.
 * A span whose first or last word this version dropped or changed is not proposed: the annotator marks it anew.
 */
final class SharedPassageRule {

    static final String SOURCE = "shared-passage";

    /** Another article of the story: its text, its outlet, and the annotator's spans on it. */
    record Labelled(UUID documentId, String outlet, String text, List<Span> spans) {
    }

    /** A word: code point offsets into its article, and its form for comparing. */
    private record Word(int start, int end, String form) {
    }

    private SharedPassageRule() {
    }

    static List<Suggestion> propose(UUID documentId, String text, List<SharedPassage> passages,
            List<Labelled> others) {
        RuleText here = new RuleText(text);
        List<Word> hereWords = words(here);
        Map<String, Suggestion> found = new LinkedHashMap<>();
        for (Labelled other : others) {
            if (other.documentId().equals(documentId) || other.spans().isEmpty()) {
                continue;
            }
            RuleText there = new RuleText(other.text());
            List<Word> thereWords = words(there);
            for (SharedPassage passage : passages) {
                for (Occurrence from : passage.occurrences()) {
                    if (!from.documentId().equals(other.documentId())) {
                        continue;
                    }
                    for (Occurrence to : passage.occurrences()) {
                        if (to.documentId().equals(documentId)) {
                            map(here, hereWords, to, there, thereWords, from, other, found);
                        }
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static void map(RuleText here, List<Word> hereWords, Occurrence to, RuleText there,
            List<Word> thereWords, Occurrence from, Labelled other, Map<String, Suggestion> found) {
        int[] fromRange = wordsWithin(thereWords, from.start(), from.end());
        int[] toRange = wordsWithin(hereWords, to.start(), to.end());
        if (fromRange[0] >= fromRange[1] || toRange[0] >= toRange[1]) {
            return;
        }
        int[] kept = null;
        for (Span span : other.spans()) {
            int[] spanWords = wordsWithin(thereWords, span.start(), span.end(), true);
            if (spanWords[0] >= spanWords[1] || spanWords[0] < fromRange[0] || spanWords[1] > fromRange[1]) {
                continue;
            }
            if (kept == null) {
                kept = align(thereWords.subList(fromRange[0], fromRange[1]), hereWords.subList(toRange[0],
                        toRange[1]));
            }
            int first = kept[spanWords[0] - fromRange[0]];
            int last = kept[spanWords[1] - 1 - fromRange[0]];
            if (first < 0 || last < 0) {
                continue;
            }
            Word firstWord = hereWords.get(toRange[0] + first);
            Word lastWord = hereWords.get(toRange[0] + last);
            // what the span has around its words: nothing where it begins or ends inside a word
            int firstStart = thereWords.get(spanWords[0]).start();
            int lastEnd = thereWords.get(spanWords[1] - 1).end();
            String before = span.start() < firstStart ? slice(there, span.start(), firstStart) : "";
            String after = span.end() > lastEnd ? slice(there, lastEnd, span.end()) : "";
            int start = firstWord.start();
            int end = lastWord.end();
            int beforeLength = before.codePointCount(0, before.length());
            int afterLength = after.codePointCount(0, after.length());
            if (beforeLength > 0 && start >= beforeLength && slice(here, start - beforeLength, start).equals(before)) {
                start -= beforeLength;
            }
            if (afterLength > 0 && end + afterLength <= here.codePoints()
                    && slice(here, end, end + afterLength).equals(after)) {
                end += afterLength;
            }
            String outlet = other.outlet() == null || other.outlet().isBlank() ? "another article"
                    : other.outlet() + "’s version";
            found.putIfAbsent(span.layer() + " " + span.label() + " " + start + " " + end, new Suggestion(SOURCE,
                    span.layer(), span.label(), start, end, slice(here, start, end), span.attributes(),
                    "as you labelled these words in " + outlet + " of a passage this article shares"));
        }
    }

    /** The indices [first, end) of the words lying wholly inside [start, end) (code points). */
    private static int[] wordsWithin(List<Word> words, int start, int end) {
        return wordsWithin(words, start, end, false);
    }

    /** With {@code touching}: the words that overlap [start, end) at all. */
    private static int[] wordsWithin(List<Word> words, int start, int end, boolean touching) {
        int first = 0;
        while (first < words.size()
                && (touching ? words.get(first).end() <= start : words.get(first).start() < start)) {
            first++;
        }
        int last = first;
        while (last < words.size() && (touching ? words.get(last).start() < end : words.get(last).end() <= end)) {
            last++;
        }
        return new int[] {first, last};
    }

    /**
     * For each word of {@code a}, the index of the equal word of {@code b} it is aligned with, or -1: a longest
     * common subsequence of the two, so as many words as possible are kept, in order.
     */
    static int[] align(List<Word> a, List<Word> b) {
        int n = a.size();
        int m = b.size();
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = a.get(i).form().equals(b.get(j).form()) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        int[] kept = new int[n];
        Arrays.fill(kept, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).form().equals(b.get(j).form()) && longest[i][j] == longest[i + 1][j + 1] + 1) {
                kept[i++] = j++;
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    private static List<Word> words(RuleText rule) {
        String text = rule.text;
        List<Word> words = new ArrayList<>();
        StringBuilder form = new StringBuilder();
        int start = -1;
        int i = 0;
        while (i <= text.length()) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            int next = i + Character.charCount(c);
            boolean part = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            boolean joins = start >= 0 && c < Character.MIN_SUPPLEMENTARY_CODE_POINT
                    && RuleText.isApostrophe((char) c) && next < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(next));
            if (part) {
                if (start < 0) {
                    start = i;
                }
                form.appendCodePoint(c);
            } else if (!joins && start >= 0) {
                words.add(new Word(rule.codePoint(start), rule.codePoint(i),
                        Normalizer.normalize(form, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)));
                form.setLength(0);
                start = -1;
            }
            i = i < text.length() ? next : i + 1;
        }
        return words;
    }

    private static String slice(RuleText rule, int start, int end) {
        return rule.text.substring(rule.charIndex(start), rule.charIndex(end));
    }
}
