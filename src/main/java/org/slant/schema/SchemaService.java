package org.slant.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaPreset.AttributeSpec;
import org.slant.schema.SchemaPreset.LabelSpec;
import org.slant.schema.SchemaPreset.LayerSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's annotation schema: its layers, their labels and attributes. */
@Service
@Transactional(readOnly = true)
public class SchemaService {

    private final LayerRepository layers;
    private final CorpusService corpus;

    SchemaService(LayerRepository layers, CorpusService corpus) {
        this.layers = layers;
        this.corpus = corpus;
    }

    /** The project's layers in their order, with labels and attributes. */
    public List<LayerSchema> layers(UUID projectId) {
        corpus.project(projectId);
        return layers.findByProjectIdOrderByPosition(projectId).stream().map(LayerSchema::of).toList();
    }

    /** Adds a preset's layers after the project's existing ones; afterwards they are ordinary, editable layers. */
    @Transactional
    public List<LayerSchema> addPreset(UUID projectId, SchemaPreset preset) {
        corpus.project(projectId);
        int position = layers.findLastPosition(projectId);
        List<LayerSchema> added = new ArrayList<>();
        for (LayerSpec spec : preset.layers()) {
            added.add(LayerSchema.of(layers.save(layerFrom(projectId, ++position, spec))));
        }
        return added;
    }

    private static Layer layerFrom(UUID projectId, int position, LayerSpec spec) {
        Layer layer = new Layer(projectId, position, spec.name(), spec.kind(), spec.overlapAllowed(), spec.ordered(),
                spec.description());
        Map<String, Label> labelsByName = new HashMap<>();
        for (LabelSpec label : spec.labels()) {
            labelsByName.put(label.name(), layer.addLabel(label.name(), label.colour(), label.key(),
                    label.description()));
        }
        Map<String, AttributeDefinition> attributesByName = new HashMap<>();
        for (AttributeSpec attribute : spec.attributes()) {
            Label label = attribute.label() == null ? null : labelsByName.get(attribute.label());
            AttributeDefinition definition = layer.addAttribute(label, attribute.name(), attribute.type(),
                    attribute.options(), attribute.required(), attribute.description());
            if (attribute.conditionAttribute() != null) {
                definition.askOnlyWhen(attributesByName.get(attribute.conditionAttribute()),
                        attribute.conditionValue());
            }
            attributesByName.put(attribute.name(), definition);
        }
        return layer;
    }
}
