package org.slant.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
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

    /** A key (or keys, as shown: "Alt + N") and what it does, both in the reader's language. */
    public record Key(String keys, String does) {
    }

    /** The text's keys, the same in the annotator's and the curator's editor, in the reader's language. */
    static List<Key> inTheText() {
        return List.of(
                text("annotation.keys.text.click.keys", "annotation.keys.text.click.does"),
                text("annotation.keys.text.word.keys", "annotation.keys.text.word.does"),
                text("annotation.keys.text.stretch.keys", "annotation.keys.text.stretch.does"),
                text("annotation.keys.text.label.keys", "annotation.keys.text.label.does"),
                text("annotation.keys.text.tab.keys", "annotation.keys.text.tab.does"),
                text("annotation.keys.text.end.keys", "annotation.keys.text.end.does"),
                text("annotation.keys.text.start.keys", "annotation.keys.text.start.does"),
                text("annotation.keys.text.delete.keys", "annotation.keys.text.delete.does"),
                text("annotation.keys.text.escape.keys", "annotation.keys.text.escape.does"),
                text("annotation.keys.text.undo.keys", "annotation.keys.text.undo.does"),
                text("annotation.keys.text.suggestion.keys", "annotation.keys.text.suggestion.does"),
                text("annotation.keys.text.decide.keys", "annotation.keys.text.decide.does"),
                text("annotation.keys.text.help.keys", "annotation.keys.text.help.does"));
    }

    private static Key text(String keys, String does) {
        return new Key(I18NProvider.translate(keys), I18NProvider.translate(does));
    }

    final Div list = new Div();

    public KeysDialog(List<LayerSchema> layers, List<Key> onThisPage) {
        setHeaderTitle(getTranslation("annotation.keys.title"));
        list.addClassName("slant-keys");
        section(getTranslation("annotation.keys.in-the-text"), inTheText());
        List<Key> labels = new ArrayList<>();
        for (LayerSchema layer : layers) {
            if (layer.kind() == LayerKind.SPAN) {
                layer.labels().stream().filter(label -> label.key() != null && !label.key().isBlank())
                        .forEach(label -> labels.add(new Key(label.key(), label.name() + " · " + layer.name())));
            }
        }
        if (!labels.isEmpty()) {
            section(getTranslation("annotation.keys.labels"), labels);
        }
        section(getTranslation("annotation.keys.on-this-page"), onThisPage);
        add(list);
        setWidth("min(40rem, 95vw)");
        getFooter().add(new Button(getTranslation("platform.common.close"), click -> close()));
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
