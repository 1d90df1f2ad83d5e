package org.slant.stories.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.platform.ui.Translations;
import org.slant.stories.SharedPassage.Occurrence;
import org.slant.stories.SharedPassage.Placement;
import org.slant.stories.SharedPassage.WordPlace;

/** The passage panel's phrases, in English: Vaadin makes Slant's translations without Spring here. */
class PassageVersionTest {

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void stop() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void aFewDroppedWordsAreListedAndManyCountedWithTheFirstTwelve() {
        assertThat(PassageVersion.dropped(words(3))).isEqualTo("Drops: w0 w1 w2");
        assertThat(PassageVersion.dropped(words(15))).isEqualTo(
                "Drops 15 words of the longest version: w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 …");
    }

    @Test
    void thePlacementNamesTheFirstAndLastParagraphsAndTheShareBefore() {
        assertThat(PassageVersion.placement(at(1, 9, 0.0))).isEqualTo("first paragraph · 0% of the article before it");
        assertThat(PassageVersion.placement(at(4, 9, 0.456))).isEqualTo(
                "paragraph 4 of 9 · 46% of the article before it");
        assertThat(PassageVersion.placement(at(9, 9, 0.97))).isEqualTo("last paragraph · 97% of the article before it");
    }

    private static List<WordPlace> words(int count) {
        return IntStream.range(0, count).mapToObj(i -> new WordPlace("w" + i, i * 3, i * 3 + 2)).toList();
    }

    private static Occurrence at(int paragraph, int paragraphs, double before) {
        return new Occurrence(UUID.randomUUID(), "Outlet", 0, 4, "text", 1, false, 1, List.of(), List.of(), List.of(),
                new Placement(paragraph, paragraphs, before));
    }
}
