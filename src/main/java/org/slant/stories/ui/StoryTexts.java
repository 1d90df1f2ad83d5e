package org.slant.stories.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import org.slant.platform.ui.Translations;

/**
 * The stories views' texts where no component is at hand (static helpers, renderers): in the current UI's language
 * through Vaadin's {@link I18NProvider}; outside a running Vaadin (a plain unit test of a helper) in English.
 */
final class StoryTexts {

    private StoryTexts() {
    }

    static String text(String key, Object... arguments) {
        if (VaadinService.getCurrent() != null) {
            return I18NProvider.translate(key, arguments);
        }
        return Outside.TRANSLATIONS.getTranslation(key, Translations.ENGLISH, arguments);
    }

    /** Read only when first needed outside Vaadin. */
    private static final class Outside {
        static final Translations TRANSLATIONS = new Translations();
    }
}
