package org.slant.bench;

import static org.slant.bench.NewsVocabulary.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Writes the sentences of one article: narration, quoted speech with attribution ("said", "according to"), claims,
 * figures and loaded words, the material media-bias annotation works on. Each sentence aims at a length drawn from
 * a skewed distribution (8 to 40 words, mean about 20) and is grown to it with adverbial phrases.
 */
final class SentenceWriter {

    private final Dice dice;
    private final NewsStory story;
    private final NewsOutlet outlet;
    /** Between a number and its unit: U+00A0 in outlets (or articles) that keep them on one line. */
    private final String numberSpace;
    private final List<Supplier<String>> modifiers;
    /** The modifiers not yet used in the current sentence: one "according to" per sentence is enough. */
    private final List<Supplier<String>> unused = new ArrayList<>();
    private final Supplier<String> accordingTo;

    SentenceWriter(Dice dice, NewsStory story, NewsOutlet outlet, boolean nonBreakingSpaces) {
        this.dice = dice;
        this.story = story;
        this.outlet = outlet;
        this.numberSpace = nonBreakingSpaces ? "\u00A0" : " ";
        this.accordingTo = () -> ", according to " + dice.pick(SOURCES);
        this.modifiers = List.of(
                () -> " on " + dice.pick(WEEKDAYS),
                () -> " in " + place(),
                () -> " at a press conference in " + place(),
                () -> " after weeks of " + dice.pick(TENSIONS),
                () -> " amid growing " + dice.pick(List.of("concern", "anger", "frustration", "uncertainty"))
                        + " over " + nounPhrase(),
                () -> " despite warnings from " + organisation(),
                () -> " ahead of next week’s vote",
                () -> " for the first time since " + dice.between(1990, 2018),
                () -> ", a move critics called “" + dice.pick(LOADED_ADJECTIVES) + "”",
                () -> {
                    int year = dice.between(2008, 2021);
                    return " over the " + year + "–" + (year + dice.between(2, 4)) + " period";
                },
                () -> " by as much as " + percent(),
                () -> " in a " + dice.pick(List.of("fiery", "brief", "televised", "rare", "combative"))
                        + " speech to supporters",
                () -> " while " + dice.pick(GROUPS) + " remained sceptical",
                () -> " as " + crowd() + " gathered outside " + dice.pick(List.of("parliament", "the ministry",
                        "city hall", "the court", "the company’s headquarters")),
                accordingTo,
                () -> ", with " + percent() + " of respondents opposed",
                () -> " at a cost of " + money());
    }

    /** One sentence of body text, of a random kind. */
    String sentence() {
        int target = dice.triangular(8, 13, 40);
        int kind = dice.between(1, 100);
        unused.clear();
        unused.addAll(modifiers);
        if (kind <= 32) {
            return finish(clause(target));
        } else if (kind <= 48) {
            return quote(target);
        } else if (kind <= 56) {
            return partialQuote(target);
        } else if (kind <= 66) {
            unused.remove(accordingTo);
            return finish(grow(new StringBuilder("according to " + dice.pick(SOURCES) + ", ")
                    .append(clause(target - 5)), target));
        } else if (kind <= 77) {
            return finish(grow(new StringBuilder(actor() + " " + dice.pick(REPORTING_VERBS) + " that ")
                    .append(clause(target - 4)), target));
        } else if (kind <= 90) {
            return figures(target);
        }
        return finish(grow(new StringBuilder(nounPhrase() + " — which was first proposed in "
                + dice.between(2005, 2020) + " — has " + dice.pick(List.of("divided", "angered", "split",
                "energised", "worried")) + " " + dice.pick(GROUPS)), target));
    }

    /** A post quoted from social media, with an emoji (some of them several code points long). */
    String socialPost() {
        Person person = dice.pick(story.people());
        String emoji = dice.pick(EMOJI);
        return dice.chance(0.5)
                ? person.name() + " wrote on social media: “" + dice.pick(QUOTES) + " " + emoji + "”"
                : "The post, which ended with a " + emoji + " emoji, was shared more than "
                        + thousands(dice.between(2, 80)) + " times within an hour.";
    }

    /** A quote in Ukrainian or Russian, in guillemets, with its translation. */
    String cyrillicQuote() {
        List<String> quote = dice.pick(CYRILLIC_QUOTES);
        Person person = dice.pick(story.people());
        return person.name() + " wrote in " + quote.get(1) + ": " + quote.get(0) + " (“" + quote.get(2) + "”).";
    }

    String headline() {
        Person person = dice.pick(story.people());
        String topic = story.topic().shortName();
        return switch (dice.between(1, 6)) {
            case 1 -> person.surname() + " " + dice.pick(HEADLINE_VERBS) + " " + topic + " as "
                    + dice.pick(List.of("protests spread to " + place(), "pressure mounts", "critics cry foul",
                            "row deepens", "talks stall"));
            case 2 -> "‘" + capitalise(dice.pick(PARTIAL_QUOTES)) + "’: " + person.surname() + " hits back over "
                    + topic;
            case 3 -> capitalise(organisation()) + " warns " + topic + " could cost " + money();
            case 4 -> place() + ": thousands protest against " + topic;
            case 5 -> capitalise(topic) + ": what we know so far";
            default -> capitalise(topic) + " row: " + person.surname() + " under fire after "
                    + dice.pick(List.of("leaked memo", "TV interview", "U-turn", "secret meeting"));
        };
    }

    /** A short paragraph in capitals between sections, as news sites print them. */
    String crosshead() {
        return dice.pick(CROSSHEADS);
    }

    private String quote(int target) {
        Person person = dice.pick(story.people());
        return switch (dice.between(1, 4)) {
            case 1 -> "“" + quoteText(target - 6) + ",” said " + person.name() + ", " + person.role() + ".";
            case 2 -> "“" + quoteText(target - 2) + ",” " + person.surname() + " " + dice.pick(ATTRIBUTIONS) + ".";
            case 3 -> "“" + quoteText(target - 7) + ",” " + person.name() + ", " + person.role() + ", told "
                    + outlet.name() + ".";
            default -> capitalise(person.role()) + " " + person.name() + " " + dice.pick(ATTRIBUTIONS) + ": “"
                    + quoteText(target - 6) + ".”";
        };
    }

    private String quoteText(int words) {
        List<String> extensions = new ArrayList<>(QUOTE_EXTENSIONS);
        StringBuilder text = new StringBuilder(dice.pick(QUOTES));
        while (words(text) < words) {
            text.append(dice.chance(0.5) && !extensions.isEmpty()
                    ? ", " + extensions.remove(dice.between(0, extensions.size() - 1))
                    : ". " + dice.pick(QUOTES));
        }
        return text.toString();
    }

    private String partialQuote(int target) {
        Person person = dice.pick(story.people());
        StringBuilder text = new StringBuilder(dice.chance(0.5)
                ? person.surname() + " described " + nounPhrase() + " as “" + dice.pick(PARTIAL_QUOTES) + "”"
                : capitalise(dice.pick(GROUPS)) + " have called " + nounPhrase() + " “" + dice.pick(PARTIAL_QUOTES)
                        + "”");
        if (words(text) + 4 < target) {
            text.append(", adding that ").append(clause(target - words(text) - 2));
        }
        return finish(text);
    }

    private String figures(int target) {
        StringBuilder text = new StringBuilder(switch (dice.between(1, 4)) {
            case 1 -> "some " + crowd() + " took part in the protests in " + place();
            case 2 -> nounPhrase() + " is expected to cost " + money() + " over " + dice.between(2, 10) + " years";
            case 3 -> "a poll for " + outlet.name() + " found that " + percent() + " of voters "
                    + dice.pick(List.of("support", "oppose", "have doubts about")) + " " + nounPhrase();
            default -> "unemployment in " + place() + " rose to " + percent() + " in "
                    + dice.pick(MONTHS);
        });
        return finish(grow(text, target));
    }

    /** A clause of about {@code words} words: who did what to which part of the story, and when, where, why. */
    private String clause(int words) {
        StringBuilder text = new StringBuilder(switch (dice.between(1, 3)) {
            case 1 -> actor() + " " + dice.pick(ACTIONS) + " " + nounPhrase();
            case 2 -> nounPhrase() + " would " + dice.pick(EFFECTS);
            default -> dice.pick(GROUPS) + " " + dice.pick(ACTIONS) + " " + nounPhrase();
        });
        return grow(text, words).toString();
    }

    private StringBuilder grow(StringBuilder text, int words) {
        while (words(text) < words) {
            if (unused.isEmpty()) {
                unused.addAll(modifiers);
            }
            text.append(unused.remove(dice.between(0, unused.size() - 1)).get());
        }
        return text;
    }

    private String actor() {
        Person person = dice.pick(story.people());
        return switch (dice.between(1, 5)) {
            case 1 -> person.name();
            case 2 -> person.surname();
            case 3 -> person.role() + ", " + person.name() + ",";
            case 4 -> organisation();
            default -> dice.pick(GROUPS);
        };
    }

    /** One of the story's recurring noun phrases, now and then with a loaded adjective. */
    private String nounPhrase() {
        String phrase = dice.pick(story.topic().nounPhrases());
        if (phrase.startsWith("the ") && dice.chance(0.2)) {
            return "the " + dice.pick(LOADED_ADJECTIVES) + " " + phrase.substring(4);
        }
        return phrase;
    }

    private String place() {
        return dice.chance(0.8) ? dice.pick(story.places()) : dice.pick(PLACES);
    }

    private String organisation() {
        return dice.chance(0.7) ? dice.pick(story.organisations()) : dice.pick(ORGANISATIONS);
    }

    private String percent() {
        String number = dice.chance(0.3) ? dice.between(1, 60) + "." + dice.between(1, 9) : "" + dice.between(2, 75);
        return dice.chance(0.3) ? number + "%" : number + numberSpace + "per cent";
    }

    private String money() {
        String currency = dice.pick(List.of("€", "$", "£"));
        return currency + dice.between(2, 950) + numberSpace + (dice.chance(0.6) ? "million" : "billion");
    }

    private String crowd() {
        return dice.chance(0.2) ? "tens of thousands of people" : thousands(dice.between(2, 90)) + " people";
    }

    private static String thousands(int thousands) {
        return thousands + ",000";
    }

    private static String finish(CharSequence text) {
        return capitalise(text.toString()) + ".";
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Words as a reader counts them: runs of characters between spaces. */
    static int words(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
