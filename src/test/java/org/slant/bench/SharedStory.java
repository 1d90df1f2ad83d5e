package org.slant.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story that many outlets cover from the same material, for the passages benchmark: a pool of wire paragraphs and
 * quotations written once, each article carrying some of them (20-40% of its words, the popular ones in many
 * articles) among sentences of its own, in its outlet's house style. Half of the copies are left as they are; the
 * others have straight quotes where the wire had curly ones, a sentence split in two, a word changed or a word
 * dropped. Every copy's place in its article's text is known (code points), and how it differs from the pool's text
 * is worked out from the result, not from the intended edit: an ASCII outlet folding "Müller" to "Muller" has
 * changed a word too. Made from a seed with the synthetic corpus's writers; the same seed gives the same story.
 */
final class SharedStory {

    /** How a copy compares with the pool's text. */
    enum Copy {
        /** The same characters. */
        VERBATIM,
        /** The same words (case, quotes and punctuation aside): straight quotes, a sentence split. */
        SAME_WORDS,
        /** A word changed, dropped or folded to ASCII. */
        WORDS_EDITED
    }

    /** A text of the pool: a wire paragraph or a quotation (one sentence with a quote). */
    record Unit(int id, boolean quotation, String text, int words) {
    }

    /** A copy of pool unit {@code unit} in an article, at code points {@code start..end} of its text. */
    record Planted(int unit, int start, int end, Copy copy) {
    }

    /** An article: its outlet, headline, text, words (runs between spaces) and the pool's copies it carries. */
    record Article(String outlet, String title, String text, int words, List<Planted> planted) {
    }

    private static final int WIRE_PARAGRAPHS = 30;
    private static final int QUOTATIONS = 30;
    private static final List<String> REPLACEMENTS = List.of("major", "senior", "local", "national", "new",
            "former", "several", "public", "recent", "official");
    /** A word between spaces (not the text's first): one to change or drop. */
    private static final Pattern INNER_WORD = Pattern.compile(" (\\p{L}{3,})(?= )");
    /** A comma after which a sentence can be split: ", " and a lower-case letter. */
    private static final Pattern COMMA = Pattern.compile(", (?=\\p{Ll})");
    private static final NewsOutlet WIRE = new NewsOutlet("Wire Service", "centre", false,
            NewsOutlet.Typography.CURLY, false, false, true);

    private final NewsStory story;
    private final List<Unit> pool;
    private final List<Article> articles;

    private SharedStory(NewsStory story, List<Unit> pool, List<Article> articles) {
        this.story = story;
        this.pool = pool;
        this.articles = articles;
    }

    NewsStory story() {
        return story;
    }

    List<Unit> pool() {
        return pool;
    }

    List<Article> articles() {
        return articles;
    }

    /** {@code count} articles of about {@code words} words each, from the outlets in turn. */
    static SharedStory write(long seed, int count, int words) {
        Dice dice = new Dice(seed);
        NewsStory story = new StoryPlanner(dice).next(3);
        SentenceWriter wire = new SentenceWriter(dice, story, WIRE, false);
        List<Unit> pool = new ArrayList<>();
        for (int p = 0; p < WIRE_PARAGRAPHS; p++) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = dice.between(2, 3);
            for (int s = 0; s < sentences; s++) {
                paragraph.append(s > 0 ? " " : "").append(wire.sentence());
            }
            pool.add(unit(pool.size(), false, paragraph.toString()));
        }
        while (pool.size() < WIRE_PARAGRAPHS + QUOTATIONS) {
            String sentence = wire.sentence();
            if (sentence.contains("“") && SentenceWriter.words(sentence) >= 12) {
                pool.add(unit(pool.size(), true, sentence));
            }
        }
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            articles.add(article(dice, story, NewsOutlet.ALL.get(a % NewsOutlet.ALL.size()), pool, words));
        }
        return new SharedStory(story, List.copyOf(pool), List.copyOf(articles));
    }

    private static Unit unit(int id, boolean quotation, String text) {
        return new Unit(id, quotation, text, SentenceWriter.words(text));
    }

    /** A piece of an article's text: its own words ({@code unit} -1) or a copy of a pool unit. */
    private record Segment(String text, int unit) {
    }

    private static Article article(Dice dice, NewsStory story, NewsOutlet outlet, List<Unit> pool, int words) {
        SentenceWriter own = new SentenceWriter(dice, story, outlet, outlet.nonBreakingSpaces());
        int sharedTarget = words * dice.between(20, 40) / 100;
        List<Unit> carried = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        int sharedWords = 0;
        while (sharedWords < sharedTarget) {
            // the popular units (low numbers of a shuffled pool) go into many articles, the rest into a few
            double u = dice.between(0, 9_999) / 10_000.0;
            Unit unit = pool.get(Math.min(pool.size() - 1, (int) (pool.size() * Math.pow(u, 1.6))));
            if (taken.add(unit.id())) {
                carried.add(unit);
                sharedWords += unit.words();
            }
        }
        List<List<Segment>> paragraphs = new ArrayList<>();
        int ownWords = 0;
        while (ownWords < words - sharedWords || paragraphs.size() < 2) {
            List<Segment> paragraph = new ArrayList<>();
            int sentences = paragraphs.isEmpty() ? dice.between(1, 2) : dice.between(1, 4);
            StringBuilder text = new StringBuilder();
            if (paragraphs.isEmpty() && outlet.datelines()) {
                text.append(story.places().getFirst().toUpperCase(Locale.ROOT)).append(" — ");
            }
            for (int s = 0; s < sentences; s++) {
                text.append(s > 0 ? " " : "").append(own.sentence());
            }
            paragraph.add(new Segment(text.toString(), -1));
            ownWords += SentenceWriter.words(text);
            paragraphs.add(paragraph);
        }
        for (Unit unit : carried) {
            Segment copy = new Segment(edited(dice, unit.text()), unit.id());
            if (unit.quotation() && dice.chance(0.7)) {
                // a quotation inside a paragraph of the article's own, before or after its sentences
                List<Segment> paragraph = paragraphs.get(dice.between(1, paragraphs.size() - 1));
                paragraph.add(dice.chance(0.5) ? 0 : paragraph.size(), copy);
            } else {
                paragraphs.add(dice.between(1, paragraphs.size()), new ArrayList<>(List.of(copy)));
            }
        }

        String paragraphBreak = outlet.blankLines() ? "\n\n" : "\n";
        StringBuilder text = new StringBuilder();
        int codePoints = 0;
        List<Planted> planted = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                text.append(paragraphBreak);
                codePoints += paragraphBreak.length();
            }
            List<Segment> paragraph = paragraphs.get(p);
            for (int s = 0; s < paragraph.size(); s++) {
                if (s > 0) {
                    text.append(' ');
                    codePoints++;
                }
                Segment segment = paragraph.get(s);
                String styled = houseStyle(outlet, segment.text());
                int length = styled.codePointCount(0, styled.length());
                if (segment.unit() >= 0) {
                    planted.add(new Planted(segment.unit(), codePoints, codePoints + length,
                            compare(pool.get(segment.unit()).text(), styled)));
                }
                text.append(styled);
                codePoints += length;
            }
        }
        String body = text.toString();
        String title = houseStyle(outlet, own.headline());
        return new Article(outlet.name(), title, body, SentenceWriter.words(body), List.copyOf(planted));
    }

    /** A copy as an outlet makes it: half as it is, the others with one edit. */
    private static String edited(Dice dice, String text) {
        int roll = dice.between(1, 100);
        if (roll <= 50) {
            return text;
        } else if (roll <= 65) {
            return straighten(text);
        } else if (roll <= 75) {
            List<Integer> commas = places(COMMA, text, 4);
            if (commas.isEmpty()) {
                return text;
            }
            int at = dice.pick(commas);
            return text.substring(0, at) + ". " + SentenceWriter.capitalise(text.substring(at + 2));
        }
        List<Integer> places = places(INNER_WORD, text, 1);
        if (places.isEmpty()) {
            return text;
        }
        Matcher word = INNER_WORD.matcher(text);
        word.find(dice.pick(places));
        if (roll <= 88) {
            String replacement = dice.pick(REPLACEMENTS);
            if (replacement.equalsIgnoreCase(word.group(1))) {
                replacement = "leading";
            }
            return text.substring(0, word.start(1)) + replacement + text.substring(word.end(1));
        }
        return text.substring(0, word.start()) + text.substring(word.end());
    }

    /** Where {@code pattern} matches with at least {@code margin} words before and after. */
    private static List<Integer> places(Pattern pattern, String text, int margin) {
        List<Integer> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (SentenceWriter.words(text.substring(0, matcher.start())) >= margin
                    && SentenceWriter.words(text.substring(matcher.end())) >= margin) {
                found.add(matcher.start());
            }
        }
        return found;
    }

    private static String houseStyle(NewsOutlet outlet, String text) {
        return switch (outlet.typography()) {
            case STRAIGHT -> straighten(text);
            case ASCII -> AsciiFolding.fold(text);
            case CURLY -> text;
        };
    }

    private static String straighten(String text) {
        return text.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
    }

    private static Copy compare(String original, String copy) {
        if (original.equals(copy)) {
            return Copy.VERBATIM;
        }
        return words(original).equals(words(copy)) ? Copy.SAME_WORDS : Copy.WORDS_EDITED;
    }

    /**
     * Words as a reader compares them: runs of letters and digits, lower case, an apostrophe inside a word joining
     * its parts; quotes, punctuation and spaces ignored.
     */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("(?<=[\\p{L}\\p{N}])['’‘](?=[\\p{L}\\p{N}])", "");
        List<String> words = new ArrayList<>();
        for (String word : normal.split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
