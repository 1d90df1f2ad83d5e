package org.slant.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;

/**
 * The layers a merge works on, with every label of theirs numbered: the annotators' work comes with labels as those
 * numbers ({@link org.slant.annotation.query.DoneWork}).
 */
final class MergeLayers {

    private final List<LayerSchema> layers;
    private final List<UUID> labelIds = new ArrayList<>();
    private final List<LayerSchema> layerOfLabel = new ArrayList<>();
    private final List<LabelSchema> labels = new ArrayList<>();

    MergeLayers(List<LayerSchema> layers) {
        this.layers = List.copyOf(layers);
        for (LayerSchema layer : layers) {
            for (LabelSchema label : layer.labels()) {
                labelIds.add(label.id());
                layerOfLabel.add(layer);
                labels.add(label);
            }
        }
    }

    List<LayerSchema> layers() {
        return layers;
    }

    List<UUID> layerIds() {
        return layers.stream().map(LayerSchema::id).toList();
    }

    List<String> names() {
        return layers.stream().map(LayerSchema::name).toList();
    }

    /** Every label of the layers, in the order they are numbered. */
    List<UUID> labelIds() {
        return List.copyOf(labelIds);
    }

    LayerSchema layerOf(int label) {
        return layerOfLabel.get(label);
    }

    LabelSchema label(int label) {
        return labels.get(label);
    }

    /** The name of one of the layers' labels. */
    String labelName(UUID labelId) {
        int number = labelIds.indexOf(labelId);
        return number < 0 ? "?" : labels.get(number).name();
    }

    static String attributeName(LayerSchema layer, String key) {
        return layer.attributes().stream().filter(attribute -> attribute.id().toString().equals(key))
                .map(AttributeSchema::name).findFirst().orElse(key);
    }
}
