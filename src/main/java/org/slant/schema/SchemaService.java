package org.slant.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentToAnnotate;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
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
    private final SchemaCache cache;

    SchemaService(LayerRepository layers, CorpusService corpus, SchemaCache cache) {
        this.layers = layers;
        this.corpus = corpus;
        this.cache = cache;
    }

    /** The project's layers in their order, with labels and attributes. */
    public List<LayerSchema> layers(UUID projectId) {
        corpus.project(projectId);
        return layers.findByProjectIdOrderByPosition(projectId).stream().map(LayerSchema::of).toList();
    }

    /**
     * The layers of a document's project, for saving annotations on the document: the caller was let read it by
     * {@link CorpusService#documentToAnnotate}, so the project is not looked up again (with its counts of documents,
     * stories and outlets) as {@link #layers} does. Kept between saves until the schema changes ({@link SchemaCache}).
     */
    public List<LayerSchema> layersOf(DocumentToAnnotate document) {
        UUID projectId = document.projectId();
        return cache.layers(projectId, document.schemaVersion(), () -> layers.findByProjectIdOrderByPosition(projectId)
                .stream().map(LayerSchema::of).toList());
    }

    /**
     * Adds a preset's layers after the project's existing ones; afterwards they are ordinary, editable layers. A
     * preset whose layer names the project already uses is refused; label keys the project already uses are left
     * off the preset's labels (the answer lists them) rather than clash.
     */
    @Transactional
    public PresetAdded addPreset(UUID projectId, SchemaPreset preset) {
        corpus.projectToChange(projectId);
        cache.changing(projectId);
        List<Layer> existing = layers.findByProjectIdOrderByPosition(projectId);
        Set<String> names = existing.stream().map(layer -> layer.getName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<InvalidInputException.Problem> clashes = preset.layers().stream()
                .filter(spec -> names.contains(spec.name().toLowerCase(Locale.ROOT)))
                .map(spec -> InvalidInputException.Problem.of("preset",
                        Message.of("schema.refusal.layer-taken", spec.name())))
                .toList();
        if (!clashes.isEmpty()) {
            throw InvalidInputException.listing(Message.of("schema.refusal.preset-not-added", preset.id()), clashes);
        }
        Set<String> keysInUse = existing.stream().filter(layer -> layer.getKind() == LayerKind.SPAN)
                .flatMap(layer -> layer.getLabels().stream()).map(Label::getKeyBinding).filter(Objects::nonNull)
                .map(key -> key.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
        List<String> keysLeftOff = new ArrayList<>();
        int position = existing.size();
        List<LayerSchema> added = new ArrayList<>();
        for (LayerSpec spec : preset.layers()) {
            added.add(LayerSchema.of(layers.save(layerFrom(projectId, ++position, spec, keysInUse, keysLeftOff))));
        }
        return new PresetAdded(added, keysLeftOff);
    }

    /** @param keysLeftOff "label 'X' of layer 'Y': key 'k' is taken", for each key not given */
    public record PresetAdded(List<LayerSchema> layers, List<String> keysLeftOff) {
    }

    private static Layer layerFrom(UUID projectId, int position, LayerSpec spec, Set<String> keysInUse,
            List<String> keysLeftOff) {
        Layer layer = new Layer(projectId, position, spec.name(), spec.kind(), spec.overlapAllowed(), spec.ordered(),
                spec.description());
        Map<String, Label> labelsByName = new HashMap<>();
        for (LabelSpec label : spec.labels()) {
            String key = label.key();
            if (key != null && spec.kind() == LayerKind.SPAN && !keysInUse.add(key.toLowerCase(Locale.ROOT))) {
                keysLeftOff.add("label '" + label.name() + "' of layer '" + spec.name() + "': key '" + key
                        + "' is taken");
                key = null;
            }
            labelsByName.put(label.name(), layer.addLabel(label.name(), label.colour(), key, label.description()));
        }
        Map<String, AttributeDefinition> attributesByName = new HashMap<>();
        for (AttributeSpec attribute : spec.attributes()) {
            Label label = attribute.label() == null ? null : labelsByName.get(attribute.label());
            AttributeDefinition definition = layer.addAttribute(label, attribute.name(), attribute.type(),
                    attribute.options(), attribute.required(), attribute.description());
            if (attribute.conditionAttribute() != null) {
                definition.askOnlyWhen(attributesByName.get(attribute.conditionAttribute()).getId(),
                        attribute.conditionValue());
            }
            attributesByName.put(attribute.name(), definition);
        }
        return layer;
    }
}
