package org.slant.annotation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import java.util.ArrayList;
import java.util.List;

/** A key and its modifiers as people write them: "Alt + N", "Ctrl + Enter". */
final class KeyNames {

    private KeyNames() {
    }

    static String of(Key key, KeyModifier... modifiers) {
        List<String> parts = new ArrayList<>();
        for (KeyModifier modifier : modifiers) {
            parts.add(switch (modifier) {
                case CONTROL -> "Ctrl";
                case ALT, ALT_GRAPH -> "Alt";
                case SHIFT -> "Shift";
                case META -> "Meta";
            });
        }
        // Vaadin lists a letter's code first ("KeyN"); people write the letter
        String name = key.getKeys().stream().filter(value -> value.length() == 1).findFirst()
                .orElse(key.getKeys().getFirst());
        name = name.matches("Key[A-Z]") ? name.substring(3) : name;
        parts.add(name.length() == 1 ? name.toUpperCase() : name);
        return String.join(" + ", parts);
    }
}
