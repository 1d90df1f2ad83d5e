package org.slant.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.stories.SharedPassage.Occurrence;
import org.slant.stories.SharedPassage.WordChange;
import org.slant.stories.SharedPassage.WordPlace;
import org.slant.stories.SharedPassageFinder.Article;

/**
 * Shared passages on the seeds (five outlets on the NATO-Russia talks of 12 January 2022) and on constructed
 * near-duplicates: every occurrence's offsets cut exactly its text out of its article, in code points.
 */
class SharedPassageFinderTest {

    private static final String STOLTENBERG = "Our differences will not be easy to bridge";

    static List<Article> seeds() throws IOException {
        String[] outlets = {"Fox News", "The Hill", "The Washington Times", "UPI", "Censor.NET"};
        List<Article> articles = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            List<Path> texts = files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
            for (int i = 0; i < texts.size(); i++) {
                articles.add(new Article(new UUID(0, i), outlets[i], Files.readString(texts.get(i))));
            }
        }
        return articles;
    }

    @Test
    void onTheSeedsStoltenbergsQuoteIsFoundInEveryArticleThatQuotesIt() throws IOException {
        List<Article> articles = seeds();
        List<SharedPassage> passages = SharedPassageFinder.find(articles, 6);

        List<Occurrence> quoted = passages.stream().flatMap(passage -> passage.occurrences().stream())
                .filter(occurrence -> occurrence.text().contains(STOLTENBERG)).toList();
        assertThat(quoted).extracting(Occurrence::outlet).containsExactlyInAnyOrder("Fox News", "The Hill",
                "The Washington Times", "UPI", "Censor.NET");
        assertThat(passages.stream().filter(passage -> passage.occurrences().stream()
                .anyMatch(occurrence -> occurrence.text().contains(STOLTENBERG)))).as("one passage").hasSize(1);
        // Fox News quotes only that sentence: its version is exactly it, and keeps its 8 words
        Occurrence fox = quoted.stream().filter(occurrence -> occurrence.outlet().equals("Fox News")).findFirst()
                .orElseThrow();
        assertThat(fox.text()).isEqualTo(STOLTENBERG);
        assertThat(fox.kept()).isEqualTo(8);
        // UPI has "substantial" where the others have "substantive"
        Occurrence upi = quoted.stream().filter(occurrence -> occurrence.outlet().equals("UPI")).findFirst()
                .orElseThrow();
        assertThat(upi.changed()).extracting(WordChange::reference, WordChange::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("substantive", "substantial"));
        assertThat(upi.text()).startsWith("There are significant differences between NATO allies and Russia on "
                + "these issues.").endsWith("engaged on substantial topics");
        // the example in docs/api.md
        assertThat(List.of(upi.start(), upi.end(), upi.words(), upi.kept())).containsExactly(1322, 1571, 43, 42);
        assertThat(upi.changed()).extracting(WordChange::start, WordChange::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1553, 1564));
        assertThat(upi.dropped()).extracting(WordPlace::text, WordPlace::start, WordPlace::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple("he", 751, 753),
                org.assertj.core.groups.Tuple.tuple("continued", 754, 763));
        assertThat(upi.placement()).isEqualTo(new SharedPassage.Placement(8, 16, 0.494));
        everyOffsetIsExact(articles, passages);
    }

    @Test
    void onTheSeedsTheOtherQuotationsAreFoundWithTheirOutlets() throws IOException {
        List<Article> articles = seeds();
        List<SharedPassage> passages = SharedPassageFinder.find(articles, 6);

        assertThat(passages).as("docs/story-view.md counts them").hasSize(9);
        // The Washington Times' first stretch of Stoltenberg's quote keeps the reference's first ten words
        assertThat(passages.get(2).occurrences()).filteredOn(occurrence -> occurrence.words() == 10).singleElement()
                .satisfies(occurrence -> assertThat(occurrence.dropped()).extracting(WordPlace::text)
                        .startsWith("these", "issues", "Our").endsWith("substantive", "topics"));
        assertThat(outletsOf(passages, "We had a very serious and direct exchange on the situation in and around "
                + "Ukraine")).containsExactly("Fox News", "UPI", "Censor.NET");
        assertThat(outletsOf(passages, "ready to meet again with Russia to have discussions in greater detail"))
                .containsExactly("The Hill", "Censor.NET");
        assertThat(outletsOf(passages, "Allies made clear that they will not renounce their ability to protect and "
                + "defend each other")).containsExactly("Fox News", "The Hill", "Censor.NET");
        everyOffsetIsExact(articles, passages);
    }

    @Test
    void aWordChangedInsideAQuoteKeepsItOnePassageAndSaysWhatChanged() {
        List<SharedPassage> passages = SharedPassageFinder.find(List.of(
                article("A", "The minister said: \"We will defend every inch of our land against any aggression.\" "
                        + "Then she left."),
                article("B", "Asked again, she insisted “we will defend each inch of our land against any "
                        + "aggression,” and walked out.")), 6);

        assertThat(passages).hasSize(1);
        Occurrence a = passages.getFirst().occurrences().get(0);
        Occurrence b = passages.getFirst().occurrences().get(1);
        assertThat(a.text()).isEqualTo("We will defend every inch of our land against any aggression");
        assertThat(b.text()).isEqualTo("we will defend each inch of our land against any aggression");
        assertThat(a.reference()).isTrue();
        assertThat(b.kept()).isEqualTo(10);
        assertThat(b.changed()).extracting(WordChange::reference, WordChange::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("every", "each"));
        assertThat(b.dropped()).isEmpty();
        assertThat(b.added()).isEmpty();
    }

    @Test
    void aWordDroppedAndStraightVersusCurlyQuotesAndApostrophesDoNotBreakAPassage() {
        List<SharedPassage> passages = SharedPassageFinder.find(List.of(
                article("A", "'NATO's door remains open to every European democracy that wants to join,' he said."),
                article("B", "He said that “NATO’s door remains open to every democracy that wants to join” today.")),
                6);

        assertThat(passages).hasSize(1);
        Occurrence a = passages.getFirst().occurrences().get(0);
        Occurrence b = passages.getFirst().occurrences().get(1);
        assertThat(a.text()).isEqualTo("NATO's door remains open to every European democracy that wants to join");
        assertThat(b.text()).isEqualTo("NATO’s door remains open to every democracy that wants to join");
        assertThat(b.dropped()).extracting(WordPlace::text).containsExactly("European");
        assertThat(b.kept()).isEqualTo(11);
    }

    @Test
    void aSentenceSplitInTwoIsStillOnePassage() {
        List<SharedPassage> passages = SharedPassageFinder.find(List.of(
                article("A", "Officials met for four hours in Brussels, and they agreed to meet again next month."),
                article("B", "Officials met for four hours in Brussels. They agreed to meet again next month, "
                        + "officials said.")), 6);

        assertThat(passages).hasSize(1);
        assertThat(passages.getFirst().occurrences()).extracting(Occurrence::text).containsExactly(
                "Officials met for four hours in Brussels, and they agreed to meet again next month",
                "Officials met for four hours in Brussels. They agreed to meet again next month");
        assertThat(passages.getFirst().occurrences().get(1).dropped()).extracting(WordPlace::text)
                .containsExactly("and");
    }

    @Test
    void offsetsAreCodePointsOnTextsWithEmojiNbspAndCrlf() {
        List<Article> articles = List.of(
                article("A", "🇺🇦 Intro 😀 line.\r\nKyiv\u00A0said the talks 😞 had failed to produce any "
                        + "agreement at all 🤝.\r\nEnd."),
                article("B", "Other start 👍🏽 here.\r\n\r\nKyiv said the talks had failed to produce any agreement "
                        + "at all, sources added."));
        List<SharedPassage> passages = SharedPassageFinder.find(articles, 6);

        assertThat(passages).hasSize(1);
        Occurrence a = passages.getFirst().occurrences().get(0);
        assertThat(a.text()).isEqualTo("Kyiv\u00A0said the talks 😞 had failed to produce any agreement at all");
        assertThat(a.start()).as("after the flag (2 code points), the emoji and CRLF").isEqualTo(18);
        assertThat(a.placement().paragraph()).isEqualTo(2);
        Occurrence b = passages.getFirst().occurrences().get(1);
        assertThat(b.text()).isEqualTo("Kyiv said the talks had failed to produce any agreement at all");
        assertThat(b.placement().paragraph()).isEqualTo(2);
        assertThat(b.placement().paragraphs()).isEqualTo(2);
        assertThat(b.placement().before()).as("3 of 17 words before it").isEqualTo(0.176);
        everyOffsetIsExact(articles, passages);
    }

    @Test
    void aPassageInEveryArticleAndOnlyInSomeAreTwoPassagesWithTheirOwnArticles() {
        List<SharedPassage> passages = SharedPassageFinder.find(List.of(
                article("A", "The summit ended without a joint statement from the leaders. Markets fell sharply "
                        + "across Europe on the news of the failure."),
                article("B", "The summit ended without a joint statement from the leaders, reporters were told."),
                article("C", "Unrelated words here. Markets fell sharply across Europe on the news of the failure.")),
                6);

        assertThat(passages).extracting(passage -> passage.occurrences().stream().map(Occurrence::outlet).toList())
                .containsExactly(List.of("A", "B"), List.of("A", "C"));
        assertThat(passages).extracting(SharedPassage::id).containsExactly(1, 2);
    }

    @Test
    void aStockPhraseInsideTwoDifferentQuotationsDoesNotChainThemIntoOnePassage() {
        String stock = "two senior officials who spoke on condition of anonymity";
        String first = "The ministers agreed to extend the sanctions against the regime until the end of the year";
        String second = "The central bank will raise interest rates again before the summer holidays begin";
        List<SharedPassage> passages = SharedPassageFinder.find(List.of(
                article("A", "Reporters heard it. " + first + ", " + stock + " said. Nothing else happened here."),
                article("B", "Quite another story. " + second + ", " + stock + " said on Monday evening."),
                article("C", "Elsewhere today. " + first + ", according to diplomats in Brussels."),
                article("D", "In other news. " + second + ", bankers in Frankfurt expect.")), 6);

        assertThat(passages).extracting(passage -> passage.occurrences().stream().map(Occurrence::outlet).toList())
                .containsExactlyInAnyOrder(List.of("A", "C"), List.of("A", "B"), List.of("B", "D"));
        assertThat(passages.stream().filter(passage -> passage.occurrences().get(0).outlet().equals("A")
                && passage.occurrences().get(1).outlet().equals("B")).findFirst().orElseThrow().occurrences())
                .extracting(Occurrence::text).containsOnly(stock + " said");
    }

    @Test
    void aWordOrTwoOfTheNextSentenceOrParagraphAreNotPartOfAPassage() {
        List<SharedPassage> passages = SharedPassageFinder.find(List.of(
                article("A", "He said he would not exit the Senate race under any circumstances.\n\nAkin spoke "
                        + "for an hour."),
                article("B", "Mr. Stoltenberg said. He said he would not exit the Senate race under any "
                        + "circumstances.\r\n\r\nAkin, who was defiant, left.")), 6);

        assertThat(passages).singleElement().satisfies(passage -> assertThat(passage.occurrences())
                .extracting(Occurrence::text).containsOnly("He said he would not exit the Senate race under any "
                        + "circumstances"));
    }

    @Test
    void nothingIsSharedByOneArticleOrByArticlesWithOnlyShortRunsInCommon() {
        assertThat(SharedPassageFinder.find(List.of(article("A", "One article alone, however long its text may "
                + "be, shares nothing with anyone.")), 6)).isEmpty();
        assertThat(SharedPassageFinder.find(List.of(
                article("A", "The prime minister said on Monday that taxes would rise."),
                article("B", "On Monday the opposition said that taxes would fall.")), 6)).isEmpty();
        assertThat(SharedPassageFinder.find(List.of(article("A", ""), article("B", "")), 6)).isEmpty();
    }

    @Test
    void aShorterMinimumFindsShorterPassages() {
        List<Article> articles = List.of(article("A", "He called it a pointless exercise yesterday."),
                article("B", "Critics saw a pointless exercise in it."));
        assertThat(SharedPassageFinder.find(articles, 6)).isEmpty();
        assertThat(SharedPassageFinder.find(articles, 3)).singleElement()
                .satisfies(passage -> assertThat(passage.occurrences()).extracting(Occurrence::text)
                        .containsExactly("a pointless exercise", "a pointless exercise"));
    }

    private static List<String> outletsOf(List<SharedPassage> passages, String words) {
        return passages.stream().flatMap(passage -> passage.occurrences().stream())
                .filter(occurrence -> occurrence.text().replace('’', '\'').contains(words))
                .map(Occurrence::outlet).toList();
    }

    private static void everyOffsetIsExact(List<Article> articles, List<SharedPassage> passages) {
        for (SharedPassage passage : passages) {
            for (Occurrence occurrence : passage.occurrences()) {
                String text = articles.stream().filter(article -> article.id().equals(occurrence.documentId()))
                        .findFirst().orElseThrow().text();
                int from = text.offsetByCodePoints(0, occurrence.start());
                int to = text.offsetByCodePoints(0, occurrence.end());
                assertThat(text.substring(from, to)).isEqualTo(occurrence.text());
            }
        }
    }

    private static Article article(String outlet, String text) {
        return new Article(UUID.nameUUIDFromBytes(outlet.getBytes()), outlet, text);
    }
}
