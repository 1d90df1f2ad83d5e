package org.slant.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one annotator's spans into one category per token, so that the coding measures (kappas, alpha) can compare
 * annotators token by token. A token counts as labelled when a span shares at least one character with it.
 *
 * <p>A report labels millions of tokens, so this sweeps once over the tokens with the spans sorted by start, and builds
 * a category string only when the set of covering spans changes; equal categories share one String.
 */
public final class TokenLabels {

    /** The category of a token no span touches. */
    public static final String NONE = "O";

    private TokenLabels() {
    }

    /**
     * The category of each token for one annotator: the sorted labels of the spans that share at least one character
     * with the token, joined with "+" (e.g. "Loaded language+Source"), or "O" when none.
     */
    public static String[] categories(int[] tokens, List<SpanRef> spans) {
        return sweep(tokens, spans);
    }

    /** The same for one label: that label's name when a span of that label covers the token, else "O". */
    public static String[] categories(int[] tokens, List<SpanRef> spans, String label) {
        return sweep(tokens, spans.stream().filter(span -> span.label().equals(label)).toList());
    }

    private static String[] sweep(int[] tokens, List<SpanRef> spans) {
        String[] categories = new String[tokens.length / 2];
        SpanRef[] byStart = spans.stream().filter(span -> span.end() > span.start())
                .sorted(Comparator.comparingInt(SpanRef::start)).toArray(SpanRef[]::new);
        TreeMap<String, Integer> covering = new TreeMap<>();
        List<SpanRef> active = new ArrayList<>();
        Map<String, String> joined = new HashMap<>();
        String category = NONE;
        boolean changed = false;
        int next = 0;
        for (int t = 0; t < categories.length; t++) {
            int tokenStart = tokens[2 * t];
            int tokenEnd = tokens[2 * t + 1];
            for (; next < byStart.length && byStart[next].start() < tokenEnd; next++) {
                active.add(byStart[next]);
                covering.merge(byStart[next].label(), 1, Integer::sum);
                changed = true;
            }
            for (int a = active.size() - 1; a >= 0; a--) {
                SpanRef span = active.get(a);
                if (span.end() <= tokenStart) {
                    active.set(a, active.getLast());
                    active.removeLast();
                    covering.merge(span.label(), -1, (count, minus) -> count + minus == 0 ? null : count + minus);
                    changed = true;
                }
            }
            if (changed) {
                category = covering.isEmpty() ? NONE
                        : joined.computeIfAbsent(String.join("+", covering.keySet()), key -> key);
                changed = false;
            }
            categories[t] = tokenStart < tokenEnd ? category : NONE;
        }
        return categories;
    }
}
