package org.slant.platform;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
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
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every text Slant has for people, in each of {@link InterfaceLanguages#ALL}: the views' words and the services'
 * refusals ({@link Message}). Each feature keeps its texts in its own files, {@code i18n/<feature>.properties}
 * (English) and {@code i18n/<feature>_<language>.properties} (German: {@code _de}), and its keys start with the
 * feature's name, e.g. {@code corpus.projects.heading}; the texts of its browser components may sit in
 * {@code i18n/<feature>-browser.properties} and its translations. Messages are ICU message formats, so plurals are
 * written {@code {0, plural, one {# span} other {# spans}}} and numbers in them follow the reader's locale
 * (decision 0036). Read once, when first needed.
 */
public final class Texts {

    /** Slant's English is British, so English readers see "5 Dec 2026" and "1,234". */
    public static final Locale ENGLISH = InterfaceLanguages.ALL.get(0);

    /** The features with texts, in the order their packages depend on each other. */
    public static final List<String> FEATURES = List.of("platform", "team", "corpus", "schema", "annotation",
            "curation", "agreement", "progress", "stories", "suggestions", "export", "archive");

    private static final Logger LOG = LoggerFactory.getLogger(Texts.class);

    /** Each language's texts by key; English, the first language, has no suffix to its files' names. */
    private final Map<String, Map<String, String>> byLanguage = InterfaceLanguages.ALL.stream().collect(
            Collectors.toUnmodifiableMap(Locale::getLanguage, locale -> load(locale == ENGLISH ? ""
                    : "_" + locale.getLanguage())));

    private Texts() {
    }

    /** Slant's texts, read from the class path on the first call. */
    public static Texts all() {
        return Holder.TEXTS;
    }

    /** The key's text in the reader's language (English if Slant does not speak it), its arguments filled in. */
    public String format(String key, Locale reader, Object... arguments) {
        Locale locale = reader == null ? ENGLISH : reader;
        String pattern = in(locale).get(key);
        if (pattern == null) {
            LOG.warn("No text for key {}", key);
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, ULocale.forLocale(locale))
                .format(arguments == null ? new Object[0] : arguments);
    }

    /** Every text of one language by key; English for a language Slant does not speak. */
    public Map<String, String> in(Locale locale) {
        Map<String, String> texts = byLanguage.get(locale.getLanguage());
        return texts == null ? byLanguage.get(ENGLISH.getLanguage()) : texts;
    }

    private static final class Holder {
        static final Texts TEXTS = new Texts();
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
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(path)) {
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
