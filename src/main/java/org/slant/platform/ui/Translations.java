package org.slant.platform.ui;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slant.platform.InterfaceLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text of the interface, in each of {@link InterfaceLanguages#ALL}. Each feature keeps its texts in its own
 * files, {@code i18n/<feature>.properties} (English) and {@code i18n/<feature>_<language>.properties} (German:
 * {@code _de}), and its keys start with the feature's name, e.g. {@code corpus.documents.title}; the texts of its
 * browser components ({@link #forBrowser}) may sit in {@code i18n/<feature>-browser.properties} and its
 * translations. Messages are ICU message formats, so plurals are written
 * {@code {0, plural, one {# span} other {# spans}}} and numbers in them follow the reader's locale (decision 0036).
 */
@Component
public class Translations implements I18NProvider {

    /** Slant's English is British, so English readers see "5 Dec 2026" and "1,234". */
    public static final Locale ENGLISH = InterfaceLanguages.ALL.get(0);
    public static final Locale GERMAN = InterfaceLanguages.ALL.get(1);

    /** The features with texts, in the order their packages depend on each other. */
    public static final List<String> FEATURES = List.of("platform", "team", "corpus", "schema", "annotation",
            "curation", "agreement", "progress", "stories", "suggestions", "export", "archive");

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    /** Each language's texts by key; English, the first language, has no suffix to its files' names. */
    private final Map<String, Map<String, String>> byLanguage = InterfaceLanguages.ALL.stream().collect(
            Collectors.toUnmodifiableMap(Locale::getLanguage, locale -> load(locale == ENGLISH ? ""
                    : "_" + locale.getLanguage())));

    @Override
    public List<Locale> getProvidedLocales() {
        return InterfaceLanguages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale reader = locale == null ? ENGLISH : locale;
        String pattern = texts(reader).get(key);
        if (pattern == null) {
            LOG.warn("No text for key {}", key);
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, ULocale.forLocale(reader)).format(params == null ? new Object[0] : params);
    }

    /** Whether the key has a text; for the tests of keys made from enum names. */
    public boolean has(String key) {
        return byLanguage.get(ENGLISH.getLanguage()).containsKey(key);
    }

    /** The keys of one language's texts, for the tests that both languages are complete. */
    public Set<String> keys(Locale locale) {
        return new TreeSet<>(texts(locale).keySet());
    }

    /** The raw message of a key, for the tests. */
    public String pattern(String key, Locale locale) {
        return texts(locale).get(key);
    }

    /**
     * The raw messages of every key that starts with {@code prefix}, in the current UI's language, for a browser
     * component that fills in its own {@code {name}} placeholders (its texts use no plurals or quoting).
     */
    public static Map<String, String> forBrowser(String prefix) {
        Translations translations = (Translations) VaadinService.getCurrent().getInstantiator().getI18NProvider();
        Map<String, String> texts = new TreeMap<>();
        translations.texts(LocalFormats.locale()).forEach((key, text) -> {
            if (key.startsWith(prefix)) {
                texts.put(key.substring(prefix.length()), text);
            }
        });
        return texts;
    }

    private Map<String, String> texts(Locale locale) {
        Map<String, String> texts = byLanguage.get(locale.getLanguage());
        return texts == null ? byLanguage.get(ENGLISH.getLanguage()) : texts;
    }

    private static Map<String, String> load(String suffix) {
        Map<String, String> texts = new HashMap<>();
        for (String feature : FEATURES) {
            load(feature, "i18n/" + feature + suffix + ".properties", texts);
            // a browser component's texts (forBrowser) may sit in a file of their own: <feature>-browser
            load(feature, "i18n/" + feature + "-browser" + suffix + ".properties", texts);
        }
        return Map.copyOf(texts);
    }

    private static void load(String feature, String path, Map<String, String> texts) {
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return;
            }
            Properties file = new Properties();
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String key : file.stringPropertyNames()) {
                if (!key.startsWith(feature + ".")) {
                    throw new IllegalStateException(path + ": key " + key + " must start with '" + feature + ".'");
                }
                if (texts.containsKey(key)) {
                    throw new IllegalStateException(path + ": key " + key + " is in another file of " + feature
                            + " too");
                }
                texts.put(key, file.getProperty(key));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(path, unreadable);
        }
    }
}
