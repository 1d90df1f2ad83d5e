package org.slant.platform.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slant.platform.InterfaceLanguages;
import org.slant.platform.Texts;
import org.springframework.stereotype.Component;

/**
 * Vaadin's way to Slant's texts ({@link Texts}): every view's words in the reader's language, by key, e.g.
 * {@code getTranslation("corpus.projects.heading")}.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Texts.ENGLISH;
    public static final Locale GERMAN = InterfaceLanguages.ALL.get(1);

    /** The features with texts, in the order their packages depend on each other. */
    public static final List<String> FEATURES = Texts.FEATURES;

    @Override
    public List<Locale> getProvidedLocales() {
        return InterfaceLanguages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.all().format(key, locale, params);
    }

    /** Whether the key has a text; for the tests of keys made from enum names. */
    public boolean has(String key) {
        return Texts.all().in(ENGLISH).containsKey(key);
    }

    /** The keys of one language's texts, for the tests that both languages are complete. */
    public Set<String> keys(Locale locale) {
        return new TreeSet<>(Texts.all().in(locale).keySet());
    }

    /** The raw message of a key, for the tests. */
    public String pattern(String key, Locale locale) {
        return Texts.all().in(locale).get(key);
    }

    /**
     * The raw messages of every key that starts with {@code prefix}, in the current UI's language, for a browser
     * component that fills in its own {@code {name}} placeholders (its texts use no plurals or quoting).
     */
    public static Map<String, String> forBrowser(String prefix) {
        Map<String, String> texts = new TreeMap<>();
        Texts.all().in(LocalFormats.locale()).forEach((key, text) -> {
            if (key.startsWith(prefix)) {
                texts.put(key.substring(prefix.length()), text);
            }
        });
        return texts;
    }
}
