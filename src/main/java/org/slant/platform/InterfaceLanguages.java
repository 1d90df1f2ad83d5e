package org.slant.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Slant's interface speaks; the first is the one for readers whose language it does not speak. */
public final class InterfaceLanguages {

    /** British English, as Slant's texts are written, and German. */
    public static final List<Locale> ALL = List.of(Locale.UK, Locale.GERMANY);

    private InterfaceLanguages() {
    }

    /** The interface language for a language tag such as "de" or "de-AT"; empty if Slant does not speak it. */
    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return ALL.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The language a browser asking for {@code browser} gets, as Vaadin matches it: its own, else the first. */
    public static Locale forBrowser(Locale browser) {
        return of(browser == null ? null : browser.toLanguageTag()).orElse(ALL.get(0));
    }
}
