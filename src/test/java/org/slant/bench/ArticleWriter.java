package org.slant.bench;

import java.util.Locale;

/**
 * Writes one article of a story in one outlet's house style: a headline, maybe a dateline, short paragraphs, now
 * and then a crosshead in capitals, a social-media post with an emoji or a quote in Cyrillic script.
 */
final class ArticleWriter {

    /** A written article: its headline, its text and the number of words in the text. */
    record Article(String title, String text, int words) {
    }

    private final Dice dice;

    ArticleWriter(Dice dice) {
        this.dice = dice;
    }

    Article write(NewsStory story, NewsOutlet outlet) {
        boolean nonBreakingSpaces = outlet.nonBreakingSpaces() || dice.chance(0.02);
        SentenceWriter sentences = new SentenceWriter(dice, story, outlet, nonBreakingSpaces);
        int targetWords = targetWords();
        boolean socialPost = dice.chance(0.04);
        boolean cyrillicQuote = dice.chance(0.025);
        boolean crossheads = dice.chance(0.3);
        // a few documents come from Windows tools: CRLF line endings
        String lineBreak = dice.chance(0.04) ? "\r\n" : "\n";
        String paragraphBreak = outlet.blankLines() ? lineBreak + lineBreak : lineBreak;

        StringBuilder text = new StringBuilder();
        int words = 0;
        int paragraphs = 0;
        while (words < targetWords) {
            StringBuilder paragraph = new StringBuilder();
            if (paragraphs == 0 && outlet.datelines()) {
                paragraph.append(story.places().getFirst().toUpperCase(Locale.ROOT))
                        .append(outlet.name().equals("Global Wire") ? " (Global Wire)" : "").append(" — ");
            }
            int count = paragraphs == 0 ? dice.between(1, 2) : sentencesInParagraph();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(sentences.sentence());
            }
            if (paragraphs > 1 && socialPost && dice.chance(0.3)) {
                paragraph.append(' ').append(sentences.socialPost());
                socialPost = false;
            }
            if (paragraphs > 1 && cyrillicQuote && dice.chance(0.3)) {
                paragraph.append(' ').append(sentences.cyrillicQuote());
                cyrillicQuote = false;
            }
            if (paragraphs > 2 && crossheads && dice.chance(0.12)) {
                text.append(sentences.crosshead()).append(paragraphBreak);
            }
            text.append(paragraph).append(paragraphBreak);
            words += SentenceWriter.words(paragraph);
            paragraphs++;
        }
        if (dice.chance(0.2)) {
            text.append("Additional reporting by ").append(dice.pick(NewsVocabulary.NAMES)).append('.');
        } else {
            text.setLength(text.length() - paragraphBreak.length());
        }

        String title = sentences.headline();
        if (outlet.tabloid() && dice.chance(0.5)) {
            title = title.toUpperCase(Locale.ROOT);
        }
        String body = text.toString();
        switch (outlet.typography()) {
            case STRAIGHT -> {
                title = straighten(title);
                body = straighten(body);
            }
            case ASCII -> {
                title = AsciiFolding.fold(title);
                body = AsciiFolding.fold(body);
            }
            case CURLY -> { }
        }
        return new Article(title, body, SentenceWriter.words(body));
    }

    /** Most articles 450 to 950 words, some short pieces, a few long reads: about 5 KB on average. */
    private int targetWords() {
        int kind = dice.between(1, 100);
        if (kind <= 8) {
            return dice.between(200, 500);
        } else if (kind <= 97) {
            return dice.between(450, 950);
        }
        return dice.between(1500, 6000);
    }

    private int sentencesInParagraph() {
        int roll = dice.between(1, 100);
        return roll <= 25 ? 1 : roll <= 65 ? 2 : roll <= 90 ? 3 : 4;
    }

    private static String straighten(String text) {
        return text.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
    }
}
