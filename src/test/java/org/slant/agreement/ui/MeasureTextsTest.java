package org.slant.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.slant.agreement.Measure;
import org.slant.platform.ui.Translations;

/** Every measure has its name and definition in the translations, and every unit a figure rests on its plural. */
class MeasureTextsTest {

    private final Translations translations = new Translations();

    @Test
    void everyMeasureHasATitleAndADefinitionAndEveryUnitAPlural() {
        for (Measure measure : Measure.values()) {
            assertThat(translations.has(FigureText.key(measure) + ".title")).as(measure + " title").isTrue();
            assertThat(translations.has(FigureText.key(measure) + ".definition")).as(measure + " definition")
                    .isTrue();
            assertThat(translations.has("agreement.unit." + measure.unit())).as(measure.unit()).isTrue();
        }
    }

    @Test
    void theEnglishTextsAreTheMeasuresOwn() {
        // the reports' files (CSV, JSON) name the measures as Measure does; the page must say the same
        assertThat(Arrays.stream(Measure.values())).allSatisfy(measure -> {
            assertThat(translations.getTranslation(FigureText.key(measure) + ".title", Translations.ENGLISH))
                    .isEqualTo(measure.title());
            assertThat(translations.getTranslation(FigureText.key(measure) + ".definition", Translations.ENGLISH))
                    .isEqualTo(measure.definition());
        });
        assertThat(translations.getTranslation("agreement.unit.tokens", Translations.GERMAN, 1234))
                .isEqualTo("1.234 Tokens");
    }
}
