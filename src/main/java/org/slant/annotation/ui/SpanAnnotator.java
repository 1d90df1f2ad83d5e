package org.slant.annotation.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The span annotator of frontend/annotator: the browser draws and edits, and sends each change here, where it is
 * saved at once. Offsets cross this boundary as code points; the browser converts to and from UTF-16.
 */
@Tag("slant-annotator")
@JsModule("./annotator/slant-annotator.ts")
public class SpanAnnotator extends Component implements HasSize {

    private final AnnotationService annotations;
    private final SaveReplies replies;
    private final JsonMapper json;
    private UUID documentId;
    private Consumer<Span> selectionListener = span -> { };
    private IntConsumer activityListener = seconds -> { };
    private Runnable savedListener = () -> { };
    private Runnable refusedAsDoneListener = () -> { };

    SpanAnnotator(AnnotationService annotations, JsonMapper json) {
        this.annotations = annotations;
        this.json = json;
        this.replies = new SaveReplies(annotations, json, () -> savedListener.run());
    }

    /** Shows the caller's spans on the document, with the project's span layers as the palette. */
    void open(UUID documentId, String annotator, String text, boolean snapToWords, List<LayerSchema> layers,
            List<Span> spans) {
        this.documentId = documentId;
        List<PaletteLayer> spanLayers = layers.stream().filter(layer -> layer.kind() == LayerKind.SPAN)
                .map(PaletteLayer::of).toList();
        Setup setup = new Setup(documentId, annotator, text, snapToWords, spanLayers, spans);
        getElement().setProperty("setup", json.writeValueAsString(setup));
    }

    /** Called with the selected span (or null) whenever the selection or the selected span changes. */
    void onSelection(Consumer<Span> listener) {
        this.selectionListener = listener;
    }

    /** Called with seconds of active work the browser reports. */
    void onActivity(IntConsumer listener) {
        this.activityListener = listener;
    }

    /** Called after each change the server stored. */
    void onSaved(Runnable listener) {
        this.savedListener = listener;
    }

    /** Called when a change is refused because the caller marked the document done (in another tab, say). */
    void onRefusedAsDone(Runnable listener) {
        this.refusedAsDoneListener = listener;
    }

    /**
     * Read-only while the document is marked done: spans show and can be selected, nothing can be changed, and
     * changes still waiting to be sent wait until the document is reopened.
     */
    void setReadOnly(boolean readOnly) {
        getElement().setProperty("readOnly", readOnly);
    }

    /** Changes the attributes of a span through the browser, so that the change can be undone there like any other. */
    void updateAttributes(UUID spanId, Map<String, Object> attributes) {
        getElement().callJsFunction("updateAttributes", spanId.toString(), json.writeValueAsString(attributes));
    }

    @ClientCallable
    String createSpan(String request) {
        SpanRequest span = json.readValue(request, SpanRequest.class);
        return replies.reply(span.id(), () -> annotations.createSpan(documentId, span.id(),
                new SpanDraft(span.layer(), span.label(), span.start(), span.end(), span.attributes())).annotation());
    }

    @ClientCallable
    String updateSpan(String request) {
        SpanRequest span = json.readValue(request, SpanRequest.class);
        return replies.reply(span.id(), () -> annotations.updateSpan(span.id(), span.version(),
                new SpanDraft(null, span.label(), span.start(), span.end(), span.attributes())));
    }

    @ClientCallable
    String deleteSpan(String id, int version) {
        UUID spanId = UUID.fromString(id);
        return replies.reply(spanId, () -> {
            annotations.deleteAnnotation(spanId, version);
            return null;
        });
    }

    @ClientCallable
    void spanSelected(String selected) {
        Span span = selected == null ? null : json.readValue(selected, new TypeReference<SelectedSpan>() { }).span();
        selectionListener.accept(span);
    }

    @ClientCallable
    void activity(int seconds) {
        activityListener.accept(seconds);
    }

    @ClientCallable
    void refusedAsDone() {
        refusedAsDoneListener.run();
    }

    /** A change as the browser sends it; offsets in code points. */
    record SpanRequest(UUID id, UUID layer, UUID label, Integer start, Integer end, Map<String, Object> attributes,
            long version) {
    }

    /** The selected span as the browser knows it, possibly newer than the database for a moment. */
    record SelectedSpan(UUID id, UUID layer, UUID label, int start, int end, Map<String, Object> attributes,
            long version) {

        Span span() {
            return new Span(id, null, null, layer, label, start, end, null, attributes == null ? Map.of() : attributes,
                    version);
        }
    }

    record Setup(UUID documentId, String annotator, String text, boolean snapToWords, List<PaletteLayer> layers,
            List<Span> spans) {
    }
}
