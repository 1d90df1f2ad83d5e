package org.slant.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages are complete, and every message is a well-formed ICU message with the same arguments in both. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void everyEnglishTextHasAGermanOneAndNoGermanTextIsLeftOver() {
        Set<String> english = translations.keys(Translations.ENGLISH);
        Set<String> german = translations.keys(Translations.GERMAN);
        assertThat(english).hasSizeGreaterThan(30);
        assertThat(difference(english, german)).as("keys without German text").isEmpty();
        assertThat(difference(german, english)).as("German keys without English text").isEmpty();
    }

    @Test
    void noTextIsEmptyAndBothLanguagesTakeTheSameArguments() {
        List<String> wrong = new ArrayList<>();
        for (String key : translations.keys(Translations.ENGLISH)) {
            String english = translations.pattern(key, Translations.ENGLISH);
            String german = translations.pattern(key, Translations.GERMAN);
            if (english.isBlank() || german == null || german.isBlank()) {
                wrong.add(key + ": empty");
                continue;
            }
            try {
                Set<String> inEnglish = arguments(english);
                Set<String> inGerman = arguments(german);
                if (!inEnglish.equals(inGerman)) {
                    wrong.add(key + ": English takes " + inEnglish + ", German " + inGerman);
                }
            } catch (IllegalArgumentException malformed) {
                wrong.add(key + ": " + malformed.getMessage());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void formatsPluralsAndNumbersInTheReadersLocale() {
        assertThat(translations.getTranslation("platform.common.spans", Translations.ENGLISH, 1)).isEqualTo("1 span");
        assertThat(translations.getTranslation("platform.common.spans", Translations.ENGLISH, 1234))
                .isEqualTo("1,234 spans");
        assertThat(translations.getTranslation("platform.common.spans", Translations.GERMAN, 1234))
                .isEqualTo("1.234 Spans");
        assertThat(translations.getTranslation("platform.common.cancel", Translations.GERMAN)).isEqualTo("Abbrechen");
        assertThat(translations.getTranslation("platform.common.cancel", java.util.Locale.FRENCH)).isEqualTo("Cancel");
        assertThat(translations.getTranslation("platform.no.such.key", Translations.ENGLISH))
                .isEqualTo("!platform.no.such.key!");
    }

    @Test
    void everyProjectTabHasANameInBothLanguages() {
        for (ProjectTabs.Tab tab : ProjectTabs.Tab.values()) {
            String key = "platform.tabs." + tab.name().toLowerCase();
            assertThat(translations.has(key)).as(key).isTrue();
        }
        assertThat(translations.getTranslation("platform.tabs.my_work", Translations.GERMAN)).isEqualTo("Meine Arbeit");
    }

    private static Set<String> arguments(String message) {
        MessagePattern pattern = new MessagePattern(message);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME
                    || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    private static Set<String> difference(Set<String> one, Set<String> other) {
        Set<String> left = new TreeSet<>(one);
        left.removeAll(other);
        return left;
    }
}
