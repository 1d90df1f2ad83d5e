package org.slant.annotation.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slant.annotation.ui.SaveReplies.Refusals;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the span editors of the browser (the annotator's and the curator's, a subclass of it) share on the server:
 * each change the browser sends is saved at once and answered as {@link SaveReplies} says; the selection, stored
 * changes and a refusal because the document is closed are passed on to the view; attributes are changed through the
 * browser so that they can be undone there like any other change. Offsets cross this boundary as code points.
 *
 * @param <S> the selected span as the view wants it
 */
@NamedInterface("editor-frame")
public abstract class SpanEditor<S> extends Component implements HasSize {

    protected final JsonMapper json;
    private final SaveReplies replies;
    private final Function<String, S> selection;
    private Consumer<S> selectionListener = span -> { };
    private Runnable savedListener = () -> { };
    private Runnable refusedAsClosedListener = () -> { };

    /**
     * @param spanCalled what a span is called in the refusal that it no longer exists ("This span no longer
     *            exists…"), in the reader's language: e.g. {@code I18NProvider.translate("annotation.editor.span")}
     */
    protected SpanEditor(JsonMapper json, Function<UUID, Optional<?>> storedNow,
            Class<? extends RuntimeException> closed, Class<? extends RuntimeException> stale, String spanCalled,
            Function<String, S> selection) {
        this.json = json;
        this.selection = selection;
        this.replies = new SaveReplies(json, storedNow, new Refusals(closed, stale, spanCalled),
                () -> savedListener.run());
    }

    /** The project's span layers as the browser's palette. */
    protected static List<PaletteLayer> palette(List<LayerSchema> layers) {
        return layers.stream().filter(layer -> layer.kind() == LayerKind.SPAN).map(PaletteLayer::of).toList();
    }

    /** Saves one change and answers the browser. */
    protected String reply(UUID spanId, Supplier<?> save) {
        return replies.reply(spanId, save);
    }

    /** Records a decision that makes no span (a suggestion rejected) and answers the browser. */
    protected String decided(Runnable decide) {
        return replies.decided(decide);
    }

    /** Called with the selected span (or null) whenever the selection or the selected span changes. */
    public void onSelection(Consumer<S> listener) {
        this.selectionListener = listener;
    }

    /** Called when the user asks for the list of keys: ? in the text. */
    public void onKeysAsked(Runnable listener) {
        getElement().addEventListener("slant-keys", event -> listener.run());
    }

    /** Puts the keyboard back in the text (after a dialog, or a choice at the side), without scrolling. */
    public void focusText() {
        getElement().executeJs("this.querySelector('.sa-text')?.focus({preventScroll: true})");
    }

    /** Called after each change the server stored. */
    public void onSaved(Runnable listener) {
        this.savedListener = listener;
    }

    /** Called when a change is refused because the document is closed (marked done or curated, in another tab). */
    public void onRefusedAsClosed(Runnable listener) {
        this.refusedAsClosedListener = listener;
    }

    /**
     * Read-only while the document is closed: spans show and can be selected, nothing can be changed, and changes
     * still waiting to be sent wait until the document is reopened.
     */
    public void setReadOnly(boolean readOnly) {
        getElement().setProperty("readOnly", readOnly);
    }

    /** Changes the attributes of a span through the browser, so that the change can be undone there like any other. */
    public void updateAttributes(UUID spanId, Map<String, Object> attributes) {
        getElement().callJsFunction("updateAttributes", spanId.toString(), json.writeValueAsString(attributes));
    }

    @ClientCallable
    void spanSelected(String selected) {
        selectionListener.accept(selected == null ? null : selection.apply(selected));
    }

    @ClientCallable
    void refusedAsDone() {
        refusedAsClosedListener.run();
    }
}
