package org.slant.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.query.RatedWork.Rater;
import org.slant.annotation.query.RatedWork.Span;
import org.slant.annotation.query.RatedWork.SpannedDocument;
import org.slant.curation.query.GoldOnDocument;
import org.slant.schema.LayerSchema;

/**
 * Turns a stored document into the work that counts: the chosen raters' spans and answers in the chosen layers, gold's
 * among them when it is a rater.
 */
final class RatedDocuments {

    private final int layers;
    private final Map<UUID, Integer> layerIndex = new HashMap<>();
    private final Map<UUID, String> labelNames = new HashMap<>();
    /** The labels of the chosen layers, as the database is asked for them, with their layer and name. */
    private final List<UUID> labelIds = new ArrayList<>();
    private final List<Integer> labelLayer = new ArrayList<>();
    private final List<String> labelName = new ArrayList<>();
    /** Everyone whose work counts, as the database is asked for them, with their index among the annotators. */
    private final List<UUID> annotatorIds;
    private final int[] annotatorIndex;
    private final Map<UUID, List<Rater>> workers;
    private final Map<UUID, Map<UUID, Map<UUID, List<UUID>>>> answers;

    RatedDocuments(List<LayerSchema> chosenLayers, Annotators annotators,
            Map<UUID, List<Rater>> workers, Map<UUID, Map<UUID, Map<UUID, List<UUID>>>> answers) {
        this.layers = chosenLayers.size();
        for (int i = 0; i < chosenLayers.size(); i++) {
            layerIndex.put(chosenLayers.get(i).id(), i);
            for (LayerSchema.LabelSchema label : chosenLayers.get(i).labels()) {
                labelNames.put(label.id(), label.name());
                labelIds.add(label.id());
                labelLayer.add(i);
                labelName.add(label.name());
            }
        }
        Map<UUID, String> people = new LinkedHashMap<>();
        workers.values().forEach(list -> list.forEach(worker -> people.put(worker.id(), worker.username())));
        this.annotatorIds = List.copyOf(people.keySet());
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < annotators.count(); i++) {
            byName.put(annotators.name(i), i);
        }
        this.annotatorIndex = people.values().stream().mapToInt(byName::get).toArray();
        this.workers = workers;
        this.answers = answers;
    }

    List<UUID> annotatorIds() {
        return annotatorIds;
    }

    List<UUID> labelIds() {
        return labelIds;
    }

    /** @param gold the document's gold in the labels of {@link #labelIds()}; null when it has none or is no rater */
    RatedDocument of(SpannedDocument stored, GoldOnDocument gold) {
        List<Rater> raters = workers.get(stored.id());
        int[] indices = new int[raters.size()];
        Map<UUID, Integer> raterPosition = new HashMap<>();
        List<List<List<SpanRef>>> spans = new ArrayList<>(raters.size());
        List<List<List<String>>> given = new ArrayList<>(raters.size());
        for (int rater = 0; rater < raters.size(); rater++) {
            raterPosition.put(raters.get(rater).id(), rater);
            spans.add(emptyLayers());
            given.add(emptyLayers());
        }
        // from the position in annotatorIds to the position among this document's raters (-1: not one of them)
        int[] positionOf = new int[annotatorIds.size()];
        Arrays.fill(positionOf, -1);
        for (int i = 0; i < annotatorIds.size(); i++) {
            Integer rater = raterPosition.get(annotatorIds.get(i));
            if (rater != null) {
                positionOf[i] = rater;
                indices[rater] = annotatorIndex[i];
            }
        }
        for (Span span : stored.spans()) {
            int rater = positionOf[span.annotator()];
            if (rater >= 0) {
                spans.get(rater).get(labelLayer.get(span.label()))
                        .add(new SpanRef(labelName.get(span.label()), span.start(), span.end()));
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
        Integer goldRater = raterPosition.get(GoldRater.RATER.id());
        if (goldRater != null && gold != null) {
            for (GoldOnDocument.Span span : gold.spans()) {
                spans.get(goldRater).get(labelLayer.get(span.label()))
                        .add(new SpanRef(labelName.get(span.label()), span.start(), span.end()));
            }
            for (GoldOnDocument.Answer answer : gold.answers()) {
                given.get(goldRater).get(labelLayer.get(answer.label())).add(labelName.get(answer.label()));
            }
        }
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
