package org.slant.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slant.export.StorySplits;
import org.slant.platform.ui.Translations;

/** The export page's keys made from a split's id exist for every split. */
class ExportTextsTest {

    @Test
    void everySplitHasANameInASentence() {
        Translations translations = new Translations();
        for (StorySplits.Split split : StorySplits.Split.values()) {
            assertThat(translations.has("export.splits.name." + split.id())).as(split.id()).isTrue();
        }
    }
}
