package org.slant.curation.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.ui.PaletteLayer;
import org.slant.curation.CurationLanes.Lane;
import org.slant.curation.GoldService;
import org.slant.curation.GoldSpan;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curator of frontend/curation: the gold spans drawn and edited as the annotator edits their own, with the
 * annotators' lanes below. Each change is saved at once; a span taken from an annotator names the span it came
 * from, so gold records it as accepted from them.
 */
@Tag("slant-curator")
@JsModule("./curation/slant-curator.ts")
public class GoldCurator extends Component implements HasSize {

    /** The browser keeps gold's unsent changes apart from anyone's own work under this name. */
    static final String GOLD = "gold";

    private final GoldService gold;
    private final GoldReplies replies;
    private final JsonMapper json;
    private UUID documentId;
    private Consumer<SelectedGold> selectionListener = span -> { };
    private Runnable savedListener = () -> { };
    private Runnable refusedAsCuratedListener = () -> { };

    GoldCurator(GoldService gold, JsonMapper json) {
        this.gold = gold;
        this.json = json;
        this.replies = new GoldReplies(gold, json, () -> savedListener.run());
    }

    void open(UUID documentId, String text, boolean snapToWords, List<LayerSchema> layers, List<GoldSpan> spans,
            List<Lane> lanes) {
        this.documentId = documentId;
        List<PaletteLayer> spanLayers = layers.stream().filter(layer -> layer.kind() == LayerKind.SPAN)
                .map(PaletteLayer::of).toList();
        getElement().setProperty("setup", json.writeValueAsString(new Setup(documentId, GOLD, text, snapToWords,
                spanLayers, spans, new Wording("Marked curated: gold is read-only here. Reopen the curation to "
                        + "change it.", "This document was marked curated"))));
        getElement().setProperty("lanes", json.writeValueAsString(Map.of("lanes", lanes.stream()
                .map(lane -> new LaneSetup(lane.name(), lane.title(), lane.spans().stream()
                        .map(span -> new LaneSpan(span.id(), span.layer(), span.label(), span.start(), span.end(),
                                span.attributes(), lane.name())).toList())).toList())));
    }

    void onSelection(Consumer<SelectedGold> listener) {
        this.selectionListener = listener;
    }

    void onSaved(Runnable listener) {
        this.savedListener = listener;
    }

    void onRefusedAsCurated(Runnable listener) {
        this.refusedAsCuratedListener = listener;
    }

    void setReadOnly(boolean readOnly) {
        getElement().setProperty("readOnly", readOnly);
    }

    void updateAttributes(UUID spanId, Map<String, Object> attributes) {
        getElement().callJsFunction("updateAttributes", spanId.toString(), json.writeValueAsString(attributes));
    }

    @ClientCallable
    String createSpan(String request) {
        SpanRequest span = json.readValue(request, SpanRequest.class);
        return replies.reply(span.id(), () -> span.from() != null
                ? gold.accept(documentId, span.from(), span.id(), false).span()
                : gold.createSpan(documentId, span.id(), new SpanDraft(span.layer(), span.label(), span.start(),
                        span.end(), span.attributes())).annotation());
    }

    @ClientCallable
    String updateSpan(String request) {
        SpanRequest span = json.readValue(request, SpanRequest.class);
        return replies.reply(span.id(), () -> gold.updateSpan(span.id(), span.version(), new SpanDraft(null,
                span.label(), span.start(), span.end(), span.attributes())));
    }

    @ClientCallable
    String deleteSpan(String id, int version) {
        UUID spanId = UUID.fromString(id);
        return replies.reply(spanId, () -> {
            gold.delete(spanId, version);
            return null;
        });
    }

    @ClientCallable
    void spanSelected(String selected) {
        selectionListener.accept(selected == null ? null : json.readValue(selected, SelectedGold.class));
    }

    /** Curators' time is not tracked: gold is no one's assignment. */
    @ClientCallable
    void activity(int seconds) {
        // nothing to record
    }

    @ClientCallable
    void refusedAsDone() {
        refusedAsCuratedListener.run();
    }

    /** A change as the browser sends it; offsets in code points; {@code from} the annotator's span taken. */
    record SpanRequest(UUID id, UUID layer, UUID label, Integer start, Integer end, Map<String, Object> attributes,
            long version, UUID from) {
    }

    /** The selected gold span as the browser knows it. */
    record SelectedGold(UUID id, UUID layer, UUID label, int start, int end, Map<String, Object> attributes) {

        Map<String, Object> values() {
            return attributes == null ? Map.of() : attributes;
        }
    }

    record Setup(UUID documentId, String annotator, String text, boolean snapToWords, List<PaletteLayer> layers,
            List<GoldSpan> spans, Wording wording) {
    }

    record Wording(String readOnly, String refusedAsDone) {
    }

    record LaneSetup(String name, String title, List<LaneSpan> spans) {
    }

    record LaneSpan(UUID id, UUID layer, UUID label, int start, int end, Map<String, Object> attributes,
            String annotator) {
    }
}
