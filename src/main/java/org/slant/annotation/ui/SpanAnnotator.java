package org.slant.annotation.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.slant.annotation.AnnotationConflictException;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.DocumentDoneException;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.Suggestion;
import org.slant.annotation.Suggestions;
import org.slant.corpus.WordSegments;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Translations;
import org.slant.schema.LayerSchema;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;

/**
 * The span annotator of frontend/annotator: the browser draws and edits the caller's own spans, and sends each
 * change here, where it is saved at once. The browser converts offsets to and from UTF-16. Where suggestions are
 * offered, it draws them apart from the spans, and sends the annotator's decisions about them here too. Its texts,
 * in the reader's language, are the messages {@code annotation.annotator.*} (i18n/annotation-browser.properties).
 */
@Tag("slant-annotator")
@JsModule("./annotator/slant-annotator.ts")
@NamedInterface("editor-frame")
public class SpanAnnotator extends SpanEditor<Span> {

    /** The prefix of the browser's texts; the curator's editor takes them too, beneath its own. */
    public static final String TEXTS = "annotation.annotator.";

    private final AnnotationService annotations;
    private Suggestions suggestions;
    private UUID documentId;
    private IntConsumer activityListener = seconds -> { };

    protected SpanAnnotator(AnnotationService annotations, JsonMapper json) {
        super(json, annotations::ownSpan, DocumentDoneException.class, AnnotationConflictException.class,
                I18NProvider.translate("annotation.editor.span"),
                selected -> json.readValue(selected, SelectedSpan.class).span());
        this.annotations = annotations;
        getElement().setProperty("texts", json.writeValueAsString(Translations.forBrowser(TEXTS)));
    }

    /** Shows the caller's spans on the document, with the project's span layers as the palette. */
    public void open(UUID documentId, String annotator, String text, boolean snapToWords, List<LayerSchema> layers,
            List<Span> spans) {
        this.documentId = documentId;
        Setup setup = new Setup(documentId, annotator, text, snapToWords, palette(layers), spans,
                WordSegments.snapUnits(text));
        getElement().setProperty("setup", json.writeValueAsString(setup));
    }

    /**
     * Offers the caller's open suggestions on the document opened last (docs/decisions/0023-suggestions.md): the
     * browser shows them dimmed beside the spans, and sends accepts and rejects back through {@code suggestions}.
     */
    public void offerSuggestions(Suggestions suggestions) {
        this.suggestions = suggestions;
        getElement().setProperty("suggestions", json.writeValueAsString(suggestions.open(documentId)));
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

    /** Accepts a suggestion: the span it becomes is saved like one the annotator made, and answered the same way. */
    @ClientCallable
    String acceptSuggestion(String request) {
        SuggestionRequest accepted = json.readValue(request, SuggestionRequest.class);
        return reply(accepted.id(), () -> offered().accept(documentId, accepted.id(), accepted.key()).annotation());
    }

    @ClientCallable
    String rejectSuggestion(String request) {
        SuggestionRequest rejected = json.readValue(request, SuggestionRequest.class);
        return decided(() -> offered().reject(documentId, rejected.key()));
    }

    /** Takes a rejection back: undoing it. */
    @ClientCallable
    String withdrawRejection(String request) {
        SuggestionRequest withdrawn = json.readValue(request, SuggestionRequest.class);
        return decided(() -> offered().withdrawRejection(documentId, withdrawn.key()));
    }

    private Suggestions offered() {
        if (suggestions == null) {
            throw InvalidInputException.of("suggestion", "no suggestions are offered here");
        }
        return suggestions;
    }

    @ClientCallable
    void activity(int seconds) {
        activityListener.accept(seconds);
    }

    /** A change as the browser sends it; offsets in code points. */
    record SpanRequest(UUID id, UUID layer, UUID label, Integer start, Integer end, Map<String, Object> attributes,
            long version) {
    }

    /**
     * A decision about a suggestion as the browser sends it: the suggestion's source ({@code suggestion}), layer,
     * label and code point offsets; for an accept also the new span's id and the attributes it gets.
     */
    record SuggestionRequest(UUID id, UUID layer, UUID label, Integer start, Integer end,
            Map<String, Object> attributes, String suggestion) {

        Suggestion.Key key() {
            return new Suggestion.Key(suggestion, layer, label, start, end);
        }
    }

    /** The selected span as the browser knows it, possibly newer than the database for a moment. */
    record SelectedSpan(UUID id, UUID layer, UUID label, int start, int end, Map<String, Object> attributes,
            long version) {

        Span span() {
            return new Span(id, null, null, layer, label, start, end, null, attributes == null ? Map.of() : attributes,
                    version);
        }
    }

    /** @param words the units selections snap to ({@link WordSegments#snapUnits}) */
    record Setup(UUID documentId, String annotator, String text, boolean snapToWords, List<PaletteLayer> layers,
            List<Span> spans, int[] words) {
    }
}
