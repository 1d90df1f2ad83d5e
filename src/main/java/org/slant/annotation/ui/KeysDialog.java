package org.slant.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.springframework.modulith.NamedInterface;

/**
 * Every key of the article editors in one list (? in the text, or the Keys button): the text's own keys, each
 * label's key, and the keys of the page's buttons. Nothing here needs the mouse.
 */
@NamedInterface("editor-frame")
public class KeysDialog extends Dialog {

    /** A key (or keys, as shown: "Alt + N") and what it does. */
    public record Key(String keys, String does) {
    }

    /** The text's keys, the same in the annotator's and the curator's editor. */
    static final List<Key> IN_THE_TEXT = List.of(
            new Key("Click", "puts the word cursor on a word; on a span, selects it (again: the next span there)"),
            new Key("← →", "moves the word cursor a word"),
            new Key("Shift + ← →", "stretches the selection a word"),
            new Key("a label's key", "marks the selection with the label (listed below)"),
            new Key("Tab, Shift + Tab", "selects the next, the previous span"),
            new Key("Alt + → ←", "moves the selected span's end a word"),
            new Key("Alt + Shift + → ←", "moves the selected span's start a word"),
            new Key("Delete", "deletes the selected span"),
            new Key("Esc", "clears the selection; in a field at the side, back to the text"),
            new Key("Ctrl + Z, Ctrl + Shift + Z", "undoes, redoes"),
            new Key("Alt + S, Alt + Shift + S", "goes to the next, the previous suggestion"),
            new Key("Enter, Delete", "accepts, rejects the suggestion shown"),
            new Key("?", "shows this list"));

    final Div list = new Div();

    public KeysDialog(List<LayerSchema> layers, List<Key> onThisPage) {
        setHeaderTitle("Keys");
        list.addClassName("slant-keys");
        section("In the text", IN_THE_TEXT);
        List<Key> labels = new ArrayList<>();
        for (LayerSchema layer : layers) {
            if (layer.kind() == LayerKind.SPAN) {
                layer.labels().stream().filter(label -> label.key() != null && !label.key().isBlank())
                        .forEach(label -> labels.add(new Key(label.key(), label.name() + " · " + layer.name())));
            }
        }
        if (!labels.isEmpty()) {
            section("Labels", labels);
        }
        section("On this page", onThisPage);
        add(list);
        setWidth("min(40rem, 95vw)");
        getFooter().add(new Button("Close", click -> close()));
    }

    private void section(String title, List<Key> keys) {
        list.add(new H4(title));
        for (Key key : keys) {
            Span keysShown = new Span(key.keys());
            keysShown.addClassName("slant-key-combination");
            Div row = new Div(keysShown, new Span(key.does()));
            row.addClassName("slant-keys-row");
            list.add(row);
        }
    }

    /** The rows shown, "keys: does", for tests. */
    public List<String> rows() {
        return list.getChildren().filter(row -> row.getElement().getClassList().contains("slant-keys-row"))
                .map(row -> row.getChildren().map(part -> part.getElement().getText()).toList())
                .map(parts -> parts.get(0) + ": " + parts.get(1)).toList();
    }
}
