package org.slant.annotation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A key and its modifiers as people write them in the reader's language: "Alt + N", "Ctrl + Enter", "Strg + Enter". */
final class KeyNames {

    private KeyNames() {
    }

    static String of(Key key, KeyModifier... modifiers) {
        List<String> parts = new ArrayList<>();
        for (KeyModifier modifier : modifiers) {
            parts.add(I18NProvider.translate(switch (modifier) {
                case CONTROL -> "annotation.keys.ctrl";
                case ALT, ALT_GRAPH -> "annotation.keys.alt";
                case SHIFT -> "annotation.keys.shift";
                case META -> "annotation.keys.meta";
            }));
        }
        // Vaadin lists a letter's code first ("KeyN"); people write the letter
        String name = key.getKeys().stream().filter(value -> value.length() == 1).findFirst()
                .orElse(key.getKeys().getFirst());
        name = name.matches("Key[A-Z]") ? name.substring(3) : name;
        parts.add(name.length() == 1 ? name.toUpperCase(Locale.ROOT) : named(name));
        return String.join(" + ", parts);
    }

    /** The keys whose names a keyboard of the reader's language writes otherwise (Delete is Entf in German). */
    private static String named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "enter" -> I18NProvider.translate("annotation.keys.enter");
            case "delete" -> I18NProvider.translate("annotation.keys.delete");
            case "escape" -> I18NProvider.translate("annotation.keys.escape");
            default -> name;
        };
    }
}
