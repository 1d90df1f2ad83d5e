package org.slant.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slant.annotation.AssignmentStatus;
import org.slant.curation.QualityMeasure;
import org.slant.platform.ui.Translations;

/** The curation pages' texts whose keys are made from an enum's values: every value has its text. */
class CurationTextKeysTest {

    private final Translations translations = new Translations();

    @Test
    void everyAnnotatorsStatusHasItsWords() {
        for (AssignmentStatus status : AssignmentStatus.values()) {
            assertThat(translations.has(QueueWords.assignmentKey(status))).as(status.name()).isTrue();
        }
        assertThat(translations.getTranslation(QueueWords.assignmentKey(AssignmentStatus.IN_PROGRESS),
                Translations.ENGLISH)).isEqualTo(AssignmentStatus.IN_PROGRESS.words());
    }

    @Test
    void everyQualityMeasureHasItsTitleAndDefinition() {
        for (QualityMeasure measure : QualityMeasure.values()) {
            String title = QualityView.measureKey("curation.quality.measure.", measure);
            String definition = QualityView.measureKey("curation.quality.definition.", measure);
            assertThat(translations.getTranslation(title, Translations.ENGLISH)).isEqualTo(measure.title());
            assertThat(translations.getTranslation(definition, Translations.ENGLISH))
                    .isEqualTo(measure.definition());
        }
    }

    @Test
    void theConfusionTablesMissedRowIsTitledInEnglishAndGerman() {
        assertThat(translations.getTranslation(ConfusionGrid.MISSED_KEY, Translations.ENGLISH)).isEqualTo("Missed");
        assertThat(translations.getTranslation(ConfusionGrid.MISSED_KEY, Translations.GERMAN)).isEqualTo("Verfehlt");
    }
}
