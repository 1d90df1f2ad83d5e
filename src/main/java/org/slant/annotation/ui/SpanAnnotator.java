package org.slant.annotation.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.slant.annotation.AnnotationConflictException;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.DocumentDoneException;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.schema.LayerSchema;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;

/**
 * The span annotator of frontend/annotator: the browser draws and edits the caller's own spans, and sends each
 * change here, where it is saved at once. The browser converts offsets to and from UTF-16.
 */
@Tag("slant-annotator")
@JsModule("./annotator/slant-annotator.ts")
@NamedInterface("editor-frame")
public class SpanAnnotator extends SpanEditor<Span> {

    private final AnnotationService annotations;
    private UUID documentId;
    private IntConsumer activityListener = seconds -> { };

    protected SpanAnnotator(AnnotationService annotations, JsonMapper json) {
        super(json, annotations::ownSpan, DocumentDoneException.class, AnnotationConflictException.class, "span",
                selected -> json.readValue(selected, SelectedSpan.class).span());
        this.annotations = annotations;
    }

    /** Shows the caller's spans on the document, with the project's span layers as the palette. */
    public void open(UUID documentId, String annotator, String text, boolean snapToWords, List<LayerSchema> layers,
            List<Span> spans) {
        this.documentId = documentId;
        Setup setup = new Setup(documentId, annotator, text, snapToWords, palette(layers), spans);
        getElement().setProperty("setup", json.writeValueAsString(setup));
    }

    /** Called with seconds of active work the browser reports. */
    public void onActivity(IntConsumer listener) {
        this.activityListener = listener;
    }

    @ClientCallable
    String createSpan(String request) {
        SpanRequest span = json.readValue(request, SpanRequest.class);
        return reply(span.id(), () -> annotations.createSpan(documentId, span.id(),
                new SpanDraft(span.layer(), span.label(), span.start(), span.end(), span.attributes())).annotation());
    }

    @ClientCallable
    String updateSpan(String request) {
        SpanRequest span = json.readValue(request, SpanRequest.class);
        return reply(span.id(), () -> annotations.updateSpan(span.id(), span.version(),
                new SpanDraft(null, span.label(), span.start(), span.end(), span.attributes())));
    }

    @ClientCallable
    String deleteSpan(String id, int version) {
        UUID spanId = UUID.fromString(id);
        return reply(spanId, () -> {
            annotations.deleteAnnotation(spanId, version);
            return null;
        });
    }

    @ClientCallable
    void activity(int seconds) {
        activityListener.accept(seconds);
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
