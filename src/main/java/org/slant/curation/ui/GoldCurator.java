package org.slant.curation.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.ui.PaletteLayer;
import org.slant.annotation.ui.SpanAnnotator;
import org.slant.annotation.ui.SpanEditor;
import org.slant.corpus.WordSegments;
import org.slant.curation.CurationLanes.Lane;
import org.slant.curation.DocumentCuratedException;
import org.slant.curation.GoldConflictException;
import org.slant.curation.GoldService;
import org.slant.curation.GoldSpan;
import org.slant.platform.ui.Translations;
import org.slant.schema.LayerSchema;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curator of frontend/curation: the gold spans drawn and edited as the annotator edits their own, with the
 * annotators' lanes below. Each change is saved at once; a span taken from an annotator names the span it came
 * from, so gold records it as accepted from them. Its texts are the annotator's ({@link SpanAnnotator#TEXTS}) with
 * the curator's own, {@code curation.curator.*} (i18n/curation-browser.properties), over them: gold's read-only state
 * is called "marked curated".
 */
@Tag("slant-curator")
@JsModule("./curation/slant-curator.ts")
public class GoldCurator extends SpanEditor<GoldCurator.SelectedGold> {

    /** The browser keeps gold's unsent changes apart from anyone's own work under this name. */
    static final String GOLD = "gold";

    private final GoldService gold;
    private UUID documentId;

    GoldCurator(GoldService gold, JsonMapper json) {
        super(json, gold::goldSpan, DocumentCuratedException.class, GoldConflictException.class,
                I18NProvider.translate("curation.view.gold-span"),
                selected -> json.readValue(selected, SelectedGold.class));
        this.gold = gold;
        Map<String, String> texts = new TreeMap<>(Translations.forBrowser(SpanAnnotator.TEXTS));
        texts.putAll(Translations.forBrowser("curation.curator."));
        getElement().setProperty("texts", json.writeValueAsString(texts));
    }

    void open(UUID documentId, String text, boolean snapToWords, List<LayerSchema> layers, List<GoldSpan> spans,
            List<Lane> lanes) {
        this.documentId = documentId;
        getElement().setProperty("setup", json.writeValueAsString(new Setup(documentId, GOLD, text, snapToWords,
                palette(layers), spans, WordSegments.snapUnits(text))));
        getElement().setProperty("lanes", json.writeValueAsString(Map.of("lanes", lanes.stream()
                .map(lane -> new LaneSetup(lane.name(), lane.title(), lane.spans().stream()
                        .map(span -> new LaneSpan(span.id(), span.layer(), span.label(), span.start(), span.end(),
                                span.attributes(), lane.name())).toList())).toList())));
    }

    @ClientCallable
    String createSpan(String request) {
        SpanRequest span = json.readValue(request, SpanRequest.class);
        return reply(span.id(), () -> span.from() != null
                ? gold.accept(documentId, span.from(), span.id(), false).span()
                : gold.createSpan(documentId, span.id(), new SpanDraft(span.layer(), span.label(), span.start(),
                        span.end(), span.attributes())).annotation());
    }

    @ClientCallable
    String updateSpan(String request) {
        SpanRequest span = json.readValue(request, SpanRequest.class);
        return reply(span.id(), () -> gold.updateSpan(span.id(), span.version(), new SpanDraft(null,
                span.label(), span.start(), span.end(), span.attributes())));
    }

    @ClientCallable
    String deleteSpan(String id, int version) {
        UUID spanId = UUID.fromString(id);
        return reply(spanId, () -> {
            gold.delete(spanId, version);
            return null;
        });
    }

    /** Curators' time is not tracked: gold is no one's assignment. */
    @ClientCallable
    void activity(int seconds) {
        // nothing to record
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
            List<GoldSpan> spans, int[] words) {
    }

    record LaneSetup(String name, String title, List<LaneSpan> spans) {
    }

    record LaneSpan(UUID id, UUID layer, UUID label, int start, int end, Map<String, Object> attributes,
            String annotator) {
    }
}
