package org.slant.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.slant.platform.InterfaceLanguages;

/** Both languages are complete, and every message is a well-formed ICU message with the same arguments in both. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void everyEnglishTextHasATranslationAndNoTranslationIsLeftOver() {
        Set<String> english = translations.keys(Translations.ENGLISH);
        assertThat(english).hasSizeGreaterThan(30);
        for (Locale language : InterfaceLanguages.ALL) {
            Set<String> translated = translations.keys(language);
            assertThat(difference(english, translated)).as("keys without text in " + language).isEmpty();
            assertThat(difference(translated, english)).as(language + " keys without English text").isEmpty();
        }
    }

    @Test
    void noTextIsEmptyAndEveryLanguageTakesTheSameArguments() {
        List<String> wrong = new ArrayList<>();
        for (String key : translations.keys(Translations.ENGLISH)) {
            for (Locale language : InterfaceLanguages.ALL) {
                check(key, language, wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void check(String key, Locale language, List<String> wrong) {
        String english = translations.pattern(key, Translations.ENGLISH);
        String translated = translations.pattern(key, language);
        if (english.isBlank() || translated == null || translated.isBlank()) {
            wrong.add(key + " in " + language + ": empty");
            return;
        }
        try {
            Set<String> inEnglish = arguments(english);
            Set<String> inTranslation = arguments(translated);
            if (!inEnglish.equals(inTranslation)) {
                wrong.add(key + ": English takes " + inEnglish + ", " + language + " " + inTranslation);
            }
        } catch (IllegalArgumentException malformed) {
            wrong.add(key + " in " + language + ": " + malformed.getMessage());
        }
    }

    @Test
    void formatsPluralsAndNumbersInTheReadersLocale() {
        assertThat(translations.getTranslation("platform.common.spans", Translations.ENGLISH, 1)).isEqualTo("1 span");
        assertThat(translations.getTranslation("platform.common.spans", Translations.ENGLISH, 1234))
                .isEqualTo("1,234 spans");
        assertThat(translations.getTranslation("platform.common.spans", Translations.GERMAN, 1234))
                .isEqualTo("1.234 Spans");
        assertThat(translations.getTranslation("platform.common.cancel", Translations.GERMAN)).isEqualTo("Abbrechen");
        assertThat(translations.getTranslation("platform.common.cancel", Locale.FRENCH)).isEqualTo("Cancel");
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
