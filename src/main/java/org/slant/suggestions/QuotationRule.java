package org.slant.suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slant.suggestions.RuleText.Stretch;

/**
 * Quotations and who is said to have said them (source "quotes"), for the Attribution layer of the sourcing preset:
 * <ul>
 * <li><b>Content</b>: the words between a pair of double quotation marks ({@code "…"}, {@code “…”},
 * {@code «…»}, {@code „…“} or {@code „…”}) on one line, white space and a closing comma left out, at least two
 * words, with quote type direct. A quotation may run over sentences but not over a line break; one left open at a
 * line's end counts up to that end only when the next non-blank line opens a quotation again (the way a quotation
 * continued into the next paragraph is printed). Single quotes are left alone: they cannot be told from
 * apostrophes.</li>
 * <li><b>Cue</b>: a verb of the lexicon ({@link #CUE_VERBS}: said, told, added, claimed, ...) or "according to",
 * in the same sentence as the quotation: after it, within the first eight words ({@code ," Stoltenberg told
 * reporters}, {@code ," said Stoltenberg}, {@code ," according to CNN}); or else before it, with at most two words
 * between ({@code Stoltenberg said: "}, {@code he told reporters that "}, {@code According to NATO, "}).</li>
 * <li><b>Source</b>: the speaker next to the cue: after a quotation, the words between it and the cue when they
 * begin with a capital, a pronoun or "the"/"a" ({@code the NATO leader said}); otherwise a pronoun, or a run of
 * capitalised words (which may hold "of", "to", "for", "and" between capitals: "U.S. Ambassador to NATO Julianne
 * Smith") next to the cue. A speaker who is a name also becomes the Content's speaker; ", according to X" after
 * the speaker marks the Source mediated, via X.</li>
 * </ul>
 * The rule proposes; the annotator decides. It is meant to be simple to predict, not complete.
 */
final class QuotationRule {

    static final String SOURCE = "quotes";
    static final String LAYER = "Attribution";
    static final String CONTENT = "Content";
    static final String CUE = "Cue";
    static final String SPEAKER = "Source";

    static final Set<String> CUE_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds", "stated",
            "states", "claimed", "claims", "argued", "argues", "insisted", "insists", "warned", "warns", "noted",
            "notes", "explained", "explains", "wrote", "writes", "asked", "asks", "continued", "continues",
            "declared", "declares", "stressed", "stresses", "replied", "replies", "responded", "announced");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> CONNECTORS = Set.of("of", "to", "for", "and", "de", "von", "van", "al");
    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
            "sec", "lt", "col", "capt", "sgt", "adm", "pres", "st", "jr", "sr", "no");
    private static final int MIN_WORDS = 2;
    /** How far after a quotation its cue may be: the speaker's words before it, at most this many. */
    private static final int MOST_WORDS_BEFORE_CUE = 7;
    private static final int MOST_SPEAKER_WORDS = 6;

    private QuotationRule() {
    }

    static List<Proposal> propose(String text) {
        RuleText rule = new RuleText(text);
        Map<String, Proposal> found = new LinkedHashMap<>();
        List<Stretch> lines = rule.lines();
        for (int n = 0; n < lines.size(); n++) {
            Stretch line = lines.get(n);
            List<int[]> quotes = quotesIn(rule, line, continuesWithQuote(rule, lines, n));
            for (int q = 0; q < quotes.size(); q++) {
                int open = quotes.get(q)[0];
                int close = quotes.get(q)[1];
                int before = q == 0 ? line.start() : quotes.get(q - 1)[1] + 1;
                int after = q + 1 < quotes.size() ? quotes.get(q + 1)[0] : line.end();
                quotation(rule, open, close, before, after, line, found);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The quotations of a line, each as {opening mark, closing mark}; the closing mark is the line's end for one left
     * open there when {@code continued} (the next line opens a quotation again).
     */
    private static List<int[]> quotesIn(RuleText rule, Stretch line, boolean continued) {
        String text = rule.text;
        List<int[]> quotes = new ArrayList<>();
        int i = line.start();
        while (i < line.end()) {
            String closers = closers(text.charAt(i));
            if (closers == null) {
                i++;
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < line.end(); j++) {
                if (closers.indexOf(text.charAt(j)) >= 0) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                if (continued) {
                    quotes.add(new int[] {i, line.end()});
                }
                break;
            }
            quotes.add(new int[] {i, close});
            i = close + 1;
        }
        return quotes;
    }

    /** The marks that close a quotation this mark opens; null when it opens none. */
    private static String closers(char c) {
        return switch (c) {
            case '"' -> "\"";
            case '\u201C' -> "\u201D";
            case '\u00AB' -> "\u00BB";
            case '\u201E' -> "\u201C\u201D";
            default -> null;
        };
    }

    private static boolean continuesWithQuote(RuleText rule, List<Stretch> lines, int n) {
        for (int m = n + 1; m < lines.size(); m++) {
            Stretch next = rule.trimmed(lines.get(m).start(), lines.get(m).end());
            if (next.start() < next.end()) {
                return closers(rule.text.charAt(next.start())) != null;
            }
        }
        return false;
    }

    private static void quotation(RuleText rule, int open, int close, int before, int after, Stretch line,
            Map<String, Proposal> found) {
        Stretch inner = rule.trimmed(open + 1, close);
        boolean endsSentence = inner.end() > inner.start() && ".".indexOf(rule.text.charAt(inner.end() - 1)) >= 0;
        if (inner.end() > inner.start() && rule.text.charAt(inner.end() - 1) == ',') {
            inner = rule.trimmed(inner.start(), inner.end() - 1);
        }
        if (rule.countWords(inner.start(), inner.end()) < MIN_WORDS) {
            return;
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("quote_type", "direct");
        Attribution attribution = null;
        if (close < line.end() && !endsSentence) {
            attribution = after(rule, tokens(rule, close + 1, after));
        }
        if (attribution == null) {
            attribution = before(rule, tokensOfSentenceBefore(rule, before, open));
        }
        if (attribution != null) {
            add(found, rule, CUE, attribution.cue, Map.of(), "a verb of saying next to the quotation");
            if (attribution.speaker != null) {
                Map<String, Object> speaker = new LinkedHashMap<>();
                if (attribution.via != null) {
                    speaker.put("mediated", true);
                    speaker.put("via", rule.text.substring(attribution.via.start(), attribution.via.end()));
                }
                add(found, rule, SPEAKER, attribution.speaker, speaker, "who the quotation is attributed to");
                if (attribution.named) {
                    content.put("speaker", rule.text.substring(attribution.speaker.start(),
                            attribution.speaker.end()));
                }
            }
        }
        add(found, rule, CONTENT, inner, content, "the words between quotation marks");
    }

    private static void add(Map<String, Proposal> found, RuleText rule, String label, Stretch where,
            Map<String, Object> attributes, String note) {
        int start = rule.codePoint(where.start());
        int end = rule.codePoint(where.end());
        found.putIfAbsent(label + " " + start + " " + end, new Proposal(label, start, end, Map.copyOf(attributes),
                note));
    }

    /** A cue, its speaker where one was found (a name: {@code named}), and who an outlet had it from. */
    private record Attribution(Stretch cue, Stretch speaker, boolean named, Stretch via) {
    }

    /**
     * {@code ," Stoltenberg told reporters}, {@code ," he added}, {@code ," said Stoltenberg},
     * {@code ," according to CNN}.
     */
    private static Attribution after(RuleText rule, List<Token> tokens) {
        List<Token> sentence = new ArrayList<>();
        for (Token token : tokens) {
            sentence.add(token);
            if (token.endsSentence) {
                break;
            }
        }
        for (int k = 0; k < sentence.size() && k <= MOST_WORDS_BEFORE_CUE; k++) {
            Token token = sentence.get(k);
            boolean according = isAccordingTo(sentence, k);
            if (!according && !CUE_VERBS.contains(token.lower)) {
                if (token.pausesAfter) {
                    return null;
                }
                continue;
            }
            if (according) {
                if (k > 0) {
                    return null;
                }
                Stretch source = nameRun(sentence, 2);
                return new Attribution(new Stretch(token.start, sentence.get(1).end), source, source != null, null);
            }
            if (k == 0) {
                Stretch speaker = speakerAfterCue(sentence, 1);
                int next = speaker == null ? 1 : indexAfter(sentence, speaker);
                return new Attribution(token.stretch(), speaker, speaker != null && isName(sentence.get(1)),
                        via(sentence, next));
            }
            Token first = sentence.get(0);
            boolean speaks = first.capitalised || PRONOUNS.contains(first.lower) || DETERMINERS.contains(first.lower);
            Stretch speaker = speaks ? new Stretch(first.start, sentence.get(k - 1).end) : null;
            return new Attribution(token.stretch(), speaker, speaker != null && isName(first), via(sentence, k + 1));
        }
        return null;
    }

    /** {@code Stoltenberg said: "}, {@code he told reporters that "}, {@code According to NATO, "}. */
    private static Attribution before(RuleText rule, List<Token> tokens) {
        int n = tokens.size();
        if (n == 0 || tokens.get(n - 1).endsSentence) {
            // the quotation begins a sentence of its own
            return null;
        }
        for (int k = n - 1; k >= Math.max(0, n - 3); k--) {
            Token token = tokens.get(k);
            if (CUE_VERBS.contains(token.lower) && (!token.pausesAfter || k == n - 1)) {
                Stretch speaker = speakerBeforeCue(tokens, k);
                return new Attribution(token.stretch(), speaker,
                        speaker != null && !PRONOUNS.contains(tokens.get(k - 1).lower), null);
            }
            if (k < n - 1 && tokens.get(k).pausesAfter) {
                break;
            }
        }
        for (int k = Math.max(0, n - MOST_SPEAKER_WORDS - 2); k < n - 2; k++) {
            if (isAccordingTo(tokens, k) && tokens.get(n - 1).pausesAfter) {
                Stretch source = nameRun(tokens, k + 2);
                if (source != null && source.end() == tokens.get(n - 1).end) {
                    return new Attribution(new Stretch(tokens.get(k).start, tokens.get(k + 1).end), source, true,
                            null);
                }
            }
        }
        return null;
    }

    /** After a cue that comes first: a pronoun, "the" and what follows up to a pause, or a name. */
    private static Stretch speakerAfterCue(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(at);
        if (PRONOUNS.contains(first.lower)) {
            return first.stretch();
        }
        if (DETERMINERS.contains(first.lower)) {
            for (int j = at + 1; j < tokens.size() && j < at + MOST_SPEAKER_WORDS; j++) {
                if (tokens.get(j).pausesAfter || j == tokens.size() - 1) {
                    return new Stretch(first.start, tokens.get(j).end);
                }
            }
            return null;
        }
        return nameRun(tokens, at);
    }

    /** Before a cue: a pronoun, or a run of capitalised words ending next to it. */
    private static Stretch speakerBeforeCue(List<Token> tokens, int cue) {
        if (cue == 0) {
            return null;
        }
        Token last = tokens.get(cue - 1);
        if (last.pausesAfter) {
            return null;
        }
        if (PRONOUNS.contains(last.lower)) {
            return last.stretch();
        }
        if (!last.capitalised) {
            return null;
        }
        int first = cue - 1;
        while (first > 0 && cue - first < MOST_SPEAKER_WORDS) {
            Token previous = tokens.get(first - 1);
            if (previous.pausesAfter) {
                break;
            }
            if (previous.capitalised) {
                first--;
            } else if (CONNECTORS.contains(previous.lower) && first > 1 && tokens.get(first - 2).capitalised
                    && !tokens.get(first - 2).pausesAfter) {
                first -= 2;
            } else {
                break;
            }
        }
        return new Stretch(tokens.get(first).start, last.end);
    }

    /** Capitalised words from {@code at}, with connectors between capitals, up to a pause. */
    private static Stretch nameRun(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).capitalised) {
            return null;
        }
        int last = at;
        while (!tokens.get(last).pausesAfter && last - at + 1 < MOST_SPEAKER_WORDS) {
            if (last + 1 < tokens.size() && tokens.get(last + 1).capitalised) {
                last++;
            } else if (last + 2 < tokens.size() && CONNECTORS.contains(tokens.get(last + 1).lower)
                    && !tokens.get(last + 1).pausesAfter && tokens.get(last + 2).capitalised) {
                last += 2;
            } else {
                break;
            }
        }
        return new Stretch(tokens.get(at).start, tokens.get(last).end);
    }

    /** ", according to X" right after the cue or speaker: who the outlet had the words from. */
    private static Stretch via(List<Token> tokens, int at) {
        if (at > 0 && at < tokens.size() && tokens.get(at - 1).pausesAfter && isAccordingTo(tokens, at)) {
            return nameRun(tokens, at + 2);
        }
        return null;
    }

    private static boolean isAccordingTo(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).lower.equals("according") && !tokens.get(k).pausesAfter
                && tokens.get(k + 1).lower.equals("to");
    }

    private static boolean isName(Token token) {
        return token.capitalised && !DETERMINERS.contains(token.lower) && !PRONOUNS.contains(token.lower);
    }

    private static int indexAfter(List<Token> tokens, Stretch stretch) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start >= stretch.end()) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The tokens of the sentence that ends at {@code end}: those after the last one ending a sentence before it. */
    private static List<Token> tokensOfSentenceBefore(RuleText rule, int start, int end) {
        List<Token> tokens = tokens(rule, start, end);
        int from = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).endsSentence) {
                from = i + 1;
            }
        }
        return tokens.subList(from, tokens.size());
    }

    /**
     * A word as this rule reads it: a run of characters between white space, its punctuation at either end not part
     * of it (except the full stop of an abbreviation such as "U.S." or "Mr."); {@code pausesAfter} when punctuation
     * follows it (a comma, colon, full stop...), {@code endsSentence} when that is a full stop, ? or !.
     */
    private record Token(int start, int end, String lower, boolean capitalised, boolean pausesAfter,
            boolean endsSentence) {

        Stretch stretch() {
            return new Stretch(start, end);
        }
    }

    private static List<Token> tokens(RuleText rule, int from, int to) {
        String text = rule.text;
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && RuleText.isSpace(text.charAt(i))) {
                i++;
            }
            int rawStart = i;
            while (i < to && !RuleText.isSpace(text.charAt(i))) {
                i++;
            }
            int rawEnd = i;
            if (rawStart == rawEnd) {
                continue;
            }
            int start = rawStart;
            while (start < rawEnd && !Character.isLetterOrDigit(text.codePointAt(start))) {
                start++;
            }
            int end = rawEnd;
            while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
                end--;
            }
            if (start == end) {
                // punctuation alone ("-", "--"): a pause in the sentence, not a word
                if (!tokens.isEmpty()) {
                    Token previous = tokens.removeLast();
                    boolean stops = text.substring(rawStart, rawEnd).matches(".*[.!?].*");
                    tokens.add(new Token(previous.start, previous.end, previous.lower, previous.capitalised, true,
                            previous.endsSentence || stops));
                }
                continue;
            }
            String word = text.substring(start, end);
            String lower = word.toLowerCase(Locale.ROOT);
            String trailing = text.substring(end, rawEnd);
            boolean abbreviation = trailing.startsWith(".") && (word.contains(".") || TITLES.contains(lower)
                    || word.length() == 1 && Character.isUpperCase(word.charAt(0)));
            if (abbreviation) {
                end++;
                trailing = trailing.substring(1);
            }
            boolean pauses = trailing.chars().anyMatch(c -> ",.;:!?)]\u2014\u2013".indexOf(c) >= 0);
            boolean stops = trailing.chars().anyMatch(c -> ".!?".indexOf(c) >= 0);
            tokens.add(new Token(start, end, lower, Character.isUpperCase(word.codePointAt(0)), pauses, stops));
        }
        return tokens;
    }
}
