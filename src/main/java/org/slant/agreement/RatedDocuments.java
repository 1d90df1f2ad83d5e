package org.slant.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.schema.LayerSchema;

/** Turns a stored document into the work that counts: the chosen raters' spans and answers in the chosen layers. */
final class RatedDocuments {

    private final Map<UUID, Integer> layerIndex = new HashMap<>();
    private final Map<UUID, String> labelNames = new HashMap<>();
    private final int layers;
    private final Map<String, Integer> annotatorIndex = new HashMap<>();
    private final Map<UUID, List<AgreementData.Worker>> workers;
    private final Map<UUID, Map<UUID, Map<UUID, List<UUID>>>> answers;

    RatedDocuments(List<LayerSchema> chosenLayers, Annotators annotators,
            Map<UUID, List<AgreementData.Worker>> workers, Map<UUID, Map<UUID, Map<UUID, List<UUID>>>> answers) {
        this.layers = chosenLayers.size();
        for (int i = 0; i < chosenLayers.size(); i++) {
            layerIndex.put(chosenLayers.get(i).id(), i);
            chosenLayers.get(i).labels().forEach(label -> labelNames.put(label.id(), label.name()));
        }
        for (int i = 0; i < annotators.count(); i++) {
            annotatorIndex.put(annotators.name(i), i);
        }
        this.workers = workers;
        this.answers = answers;
    }

    RatedDocument of(AgreementData.StoredDocument stored) {
        List<AgreementData.Worker> raters = workers.get(stored.id());
        int[] indices = new int[raters.size()];
        Map<UUID, Integer> raterPosition = new HashMap<>();
        List<List<List<SpanRef>>> spans = new ArrayList<>(raters.size());
        List<List<List<String>>> given = new ArrayList<>(raters.size());
        for (int rater = 0; rater < raters.size(); rater++) {
            indices[rater] = annotatorIndex.get(raters.get(rater).username());
            raterPosition.put(raters.get(rater).id(), rater);
            spans.add(emptyLayers());
            given.add(emptyLayers());
        }
        for (AgreementData.StoredSpan span : stored.spans()) {
            Integer rater = raterPosition.get(span.annotator());
            Integer layer = layerIndex.get(span.layer());
            if (rater != null && layer != null) {
                spans.get(rater).get(layer).add(new SpanRef(labelNames.get(span.label()), span.start(), span.end()));
            }
        }
        answers.getOrDefault(stored.id(), Map.of()).forEach((annotator, byLayer) -> {
            Integer rater = raterPosition.get(annotator);
            if (rater != null) {
                byLayer.forEach((layer, labels) -> {
                    Integer index = layerIndex.get(layer);
                    if (index != null) {
                        labels.forEach(label -> given.get(rater).get(index).add(labelNames.get(label)));
                    }
                });
            }
        });
        return new RatedDocument(stored.id(), stored.title(), stored.outletId(), stored.outlet(), stored.storyId(),
                stored.story(), stored.text(), stored.length(), indices, spans, given);
    }

    private <T> List<List<T>> emptyLayers() {
        List<List<T>> byLayer = new ArrayList<>(layers);
        for (int i = 0; i < layers; i++) {
            byLayer.add(new ArrayList<>());
        }
        return byLayer;
    }
}
