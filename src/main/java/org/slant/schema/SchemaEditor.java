package org.slant.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.corpus.CorpusService;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.slant.platform.Texts;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a project's schema safely. Annotations (the annotators' and gold) point at layers, labels and attributes by
 * id, so renaming keeps every annotation. Deleting something annotations use (or a choice option they hold) needs
 * {@code confirmed}; the affected annotations are then deleted or changed, each change recorded in its history.
 */
@Service
@Transactional
public class SchemaEditor {

    private final LayerRepository layers;
    private final CorpusService corpus;
    private final SchemaUses uses;
    private final SchemaCache cache;

    SchemaEditor(LayerRepository layers, CorpusService corpus, SchemaUses uses, SchemaCache cache) {
        this.layers = layers;
        this.corpus = corpus;
        this.uses = uses;
        this.cache = cache;
    }

    public LayerSchema addLayer(UUID projectId, LayerDraft draft) {
        corpus.projectToChange(projectId);
        cache.changing(projectId);
        List<Layer> existing = layers.findByProjectIdOrderByPosition(projectId);
        SchemaRules.checkLayer(draft, existing, null);
        Layer layer = new Layer(projectId, existing.size() + 1, draft.name().strip(), draft.kind(),
                draft.overlapAllowed(), draft.ordered(), text(draft.description()));
        return LayerSchema.of(layers.save(layer));
    }

    /** Changes name, description and overlap/order settings; the kind of a layer never changes. */
    public LayerSchema updateLayer(UUID layerId, LayerDraft draft) {
        Layer layer = layer(layerId);
        SchemaRules.checkLayer(new LayerDraft(draft.name(), layer.getKind(), draft.overlapAllowed(),
                draft.ordered(), draft.description()), siblings(layer), layer);
        layer.update(draft.name().strip(), draft.overlapAllowed(), draft.ordered(), text(draft.description()));
        return LayerSchema.of(layer);
    }

    /** Moves the layer to {@code index} (0-based) among the project's layers. */
    public List<LayerSchema> moveLayer(UUID layerId, int index) {
        Layer layer = layer(layerId);
        List<Layer> ordered = new ArrayList<>(siblings(layer));
        ordered.remove(layer);
        ordered.add(Math.clamp(index, 0, ordered.size()), layer);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        return ordered.stream().map(LayerSchema::of).toList();
    }

    public void deleteLayer(UUID layerId, boolean confirmed) {
        Layer layer = layer(layerId);
        SchemaUses.Uses affected = uses.ofLayer(layerId);
        requireConfirmation(affected, confirmed, "schema.refusal.confirm.layer", layer.getName());
        if (affected.total() > 0) {
            uses.deleteInLayer(layerId, "layer '" + layer.getName() + "' deleted from the schema");
        }
        layers.delete(layer);
        List<Layer> rest = new ArrayList<>(siblings(layer));
        rest.remove(layer);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).moveTo(i + 1);
        }
    }

    /** Adds a label; without a colour it gets the palette's first one no label of the layer has. */
    public LayerSchema addLabel(UUID layerId, LabelDraft asked) {
        Layer layer = layer(layerId);
        LabelDraft draft = asked.colour() != null ? asked : new LabelDraft(asked.name(), SchemaPresets.unusedColour(
                layer.getLabels().stream().map(Label::getColour).toList()), asked.key(), asked.description());
        SchemaRules.checkLabel(draft, layer, siblings(layer), null);
        layer.addLabel(draft.name().strip(), draft.colour(), SchemaRules.key(draft.key()), text(draft.description()));
        return LayerSchema.of(layer);
    }

    public LayerSchema updateLabel(UUID layerId, UUID labelId, LabelDraft draft) {
        Layer layer = layer(layerId);
        Label label = label(layer, labelId);
        SchemaRules.checkLabel(draft, layer, siblings(layer), label);
        label.update(draft.name().strip(), draft.colour(), SchemaRules.key(draft.key()), text(draft.description()));
        return LayerSchema.of(layer);
    }

    public LayerSchema moveLabel(UUID layerId, UUID labelId, int index) {
        Layer layer = layer(layerId);
        layer.moveLabel(label(layer, labelId), index);
        return LayerSchema.of(layer);
    }

    public LayerSchema deleteLabel(UUID layerId, UUID labelId, boolean confirmed) {
        Layer layer = layer(layerId);
        Label label = label(layer, labelId);
        SchemaUses.Uses affected = uses.ofLabel(labelId);
        requireConfirmation(affected, confirmed, "schema.refusal.confirm.label", label.getName());
        if (affected.total() > 0) {
            uses.deleteWithLabel(labelId,
                    "label '" + label.getName() + "' of layer '" + layer.getName() + "' deleted from the schema");
        }
        layer.removeLabel(label);
        layers.flush();
        return LayerSchema.of(layer);
    }

    public LayerSchema addAttribute(UUID layerId, AttributeDraft draft) {
        Layer layer = layer(layerId);
        SchemaRules.checkAttribute(draft, layer, null);
        AttributeDefinition attribute = layer.addAttribute(draft.labelId() == null ? null
                : label(layer, draft.labelId()), draft.name().strip(), draft.type(), stripped(draft.options()),
                draft.required(), text(draft.description()));
        attribute.askOnlyWhen(draft.conditionAttributeId(), draft.conditionValue());
        return LayerSchema.of(layer);
    }

    /**
     * Changes an attribute. Removing choice options that annotations hold needs {@code confirmed}; those values are
     * then removed from the annotations. The type of an attribute annotations use cannot change (their values would
     * no longer fit): add a new attribute instead.
     */
    public LayerSchema updateAttribute(UUID layerId, UUID attributeId, AttributeDraft draft, boolean confirmed) {
        Layer layer = layer(layerId);
        AttributeDefinition attribute = attribute(layer, attributeId);
        SchemaRules.checkAttribute(draft, layer, attribute);
        if (draft.type() != attribute.getType() && uses.ofAttribute(attributeId).total() > 0) {
            throw InvalidInputException.of("type", Message.of("schema.refusal.type-stays", attribute.getName(),
                    attribute.getType().name()));
        }
        Set<String> kept = stripped(draft.options()).stream().collect(Collectors.toSet());
        List<String> dropped = attribute.getOptions().stream().filter(option -> !kept.contains(option)).toList();
        SchemaUses.Uses affected = uses.ofOptions(attributeId, dropped);
        requireConfirmation(affected, confirmed, "schema.refusal.confirm.options", dropped.toString(),
                attribute.getName());
        for (String option : dropped) {
            uses.removeOption(attributeId, option,
                    "option '" + option + "' of '" + attribute.getName() + "' deleted from the schema");
        }
        attribute.update(draft.labelId(), draft.name().strip(), draft.type(), stripped(draft.options()),
                draft.required(), text(draft.description()));
        attribute.askOnlyWhen(draft.conditionAttributeId(), draft.conditionValue());
        return LayerSchema.of(layer);
    }

    public LayerSchema moveAttribute(UUID layerId, UUID attributeId, int index) {
        Layer layer = layer(layerId);
        layer.moveAttribute(attribute(layer, attributeId), index);
        return LayerSchema.of(layer);
    }

    public LayerSchema deleteAttribute(UUID layerId, UUID attributeId, boolean confirmed) {
        Layer layer = layer(layerId);
        AttributeDefinition attribute = attribute(layer, attributeId);
        SchemaUses.Uses affected = uses.ofAttribute(attributeId);
        requireConfirmation(affected, confirmed, "schema.refusal.confirm.attribute", attribute.getName());
        if (affected.total() > 0) {
            uses.removeAttribute(attributeId, "attribute '" + attribute.getName() + "' deleted from the schema");
        }
        layer.removeAttribute(attribute);
        return LayerSchema.of(layer);
    }

    /**
     * @param change the confirmation's key, which names what would change ({@code whats}, in order) and then what
     *     uses it
     */
    private static void requireConfirmation(SchemaUses.Uses affected, boolean confirmed, String change,
            String... whats) {
        if (affected.total() > 0 && !confirmed) {
            throw new Unconfirmed(change, List.of(whats), affected);
        }
    }

    /** A change that would change or delete annotations, said in the reader's language, their counts too. */
    static final class Unconfirmed extends ConfirmationRequiredException {

        private final String change;
        private final List<String> whats;
        private final SchemaUses.Uses affected;

        Unconfirmed(String change, List<String> whats, SchemaUses.Uses affected) {
            super(said(change, whats, affected, Texts.ENGLISH), affected.total());
            this.change = change;
            this.whats = List.copyOf(whats);
            this.affected = affected;
        }

        @Override
        public String in(Locale reader) {
            return said(change, whats, affected, reader).in(reader);
        }

        private static Message said(String change, List<String> whats, SchemaUses.Uses affected, Locale reader) {
            List<Object> arguments = new ArrayList<>(whats);
            arguments.add(affected.told(reader));
            return new Message(change, arguments);
        }
    }

    /** A layer to change: only the project's managers change its schema. Every change but adding a layer comes here. */
    private Layer layer(UUID layerId) {
        Layer layer = layers.findById(layerId).orElseThrow(() -> new NotFoundException("Layer", layerId));
        corpus.projectToChange(layer.getProjectId());
        cache.changing(layer.getProjectId());
        return layer;
    }

    private List<Layer> siblings(Layer layer) {
        return layers.findByProjectIdOrderByPosition(layer.getProjectId());
    }

    private static Label label(Layer layer, UUID labelId) {
        return layer.label(labelId).orElseThrow(() -> new NotFoundException("Label", labelId));
    }

    private static AttributeDefinition attribute(Layer layer, UUID attributeId) {
        return layer.attribute(attributeId).orElseThrow(() -> new NotFoundException("Attribute", attributeId));
    }

    private static List<String> stripped(List<String> options) {
        return options.stream().map(String::strip).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
