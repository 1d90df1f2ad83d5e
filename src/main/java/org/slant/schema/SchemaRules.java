package org.slant.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;

/** Checks drafts against the rest of the project's schema; every problem is reported at once, by field. */
final class SchemaRules {

    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final List<Problem> problems = new ArrayList<>();

    static void checkLayer(LayerDraft draft, List<Layer> projectLayers, Layer editing) {
        SchemaRules rules = new SchemaRules();
        rules.name("name", draft.name());
        if (draft.kind() == null) {
            rules.problem("kind", Message.of("schema.refusal.kind"));
        }
        if (draft.name() != null && projectLayers.stream().anyMatch(layer -> layer != editing
                && layer.getName().equalsIgnoreCase(draft.name().strip()))) {
            rules.problem("name", Message.of("schema.refusal.layer-taken", draft.name().strip()));
        }
        rules.done(Message.of("schema.refusal.layer-not-saved"));
    }

    static void checkLabel(LabelDraft draft, Layer layer, List<Layer> projectLayers, Label editing) {
        SchemaRules rules = new SchemaRules();
        rules.name("name", draft.name());
        if (draft.name() != null && layer.getLabels().stream().anyMatch(label -> label != editing
                && label.getName().equalsIgnoreCase(draft.name().strip()))) {
            rules.problem("name", Message.of("schema.refusal.label-taken", layer.getName(),
                    draft.name().strip()));
        }
        if (draft.colour() == null || !COLOUR.matcher(draft.colour()).matches()) {
            rules.problem("colour", Message.of("schema.refusal.colour"));
        }
        String key = key(draft.key());
        if (key != null) {
            if (key.codePointCount(0, key.length()) != 1 || Character.isWhitespace(key.codePointAt(0))) {
                rules.problem("key", Message.of("schema.refusal.key-form"));
            } else if (layer.getKind() == LayerKind.SPAN) {
                keyOwner(key, projectLayers, editing).ifPresent(owner -> rules.problem("key",
                        Message.of("schema.refusal.key-taken", key, owner.label(), owner.layer())));
            }
        }
        rules.done(Message.of("schema.refusal.label-not-saved"));
    }

    static void checkAttribute(AttributeDraft draft, Layer layer, AttributeDefinition editing) {
        SchemaRules rules = new SchemaRules();
        rules.name("name", draft.name());
        if (draft.name() != null && layer.getAttributes().stream().anyMatch(attribute -> attribute != editing
                && Objects.equals(attribute.getLabelId(), draft.labelId())
                && attribute.getName().equalsIgnoreCase(draft.name().strip()))) {
            rules.problem("name", Message.of("schema.refusal.attribute-taken", draft.name().strip()));
        }
        if (draft.labelId() != null && layer.label(draft.labelId()).isEmpty()) {
            rules.problem("labelId", Message.of("schema.refusal.not-a-label", layer.getName()));
        }
        if (draft.type() == null) {
            rules.problem("type", Message.of("schema.refusal.type"));
        } else if (draft.type() == AttributeType.CHOICE || draft.type() == AttributeType.MULTI_CHOICE) {
            rules.options(draft.options());
        } else if (!draft.options().isEmpty()) {
            rules.problem("options", Message.of("schema.refusal.no-options"));
        }
        if (draft.conditionAttributeId() != null) {
            rules.condition(draft, layer, editing);
        }
        rules.done(Message.of("schema.refusal.attribute-not-saved"));
    }

    /** A blank key means "no key". */
    static String key(String key) {
        return key == null || key.isBlank() ? null : key.strip();
    }

    /** The label that has a key already, and its layer. */
    private record KeyOwner(String label, String layer) {
    }

    private static Optional<KeyOwner> keyOwner(String key, List<Layer> projectLayers, Label editing) {
        return projectLayers.stream().filter(layer -> layer.getKind() == LayerKind.SPAN)
                .flatMap(layer -> layer.getLabels().stream()
                        .filter(label -> label != editing && label.getKeyBinding() != null
                                && label.getKeyBinding().toLowerCase(Locale.ROOT)
                                        .equals(key.toLowerCase(Locale.ROOT)))
                        .map(label -> new KeyOwner(label.getName(), layer.getName())))
                .findFirst();
    }

    private void options(List<String> options) {
        if (options.isEmpty()) {
            problem("options", Message.of("schema.refusal.option-needed"));
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option == null || option.isBlank()) {
                problem("options", Message.of("schema.refusal.option-blank"));
            } else if (!seen.add(option.strip())) {
                problem("options", Message.of("schema.refusal.listed-twice", option.strip()));
            }
        }
    }

    private void condition(AttributeDraft draft, Layer layer, AttributeDefinition editing) {
        var other = layer.attribute(draft.conditionAttributeId());
        if (other.isEmpty()) {
            problem("conditionAttributeId", Message.of("schema.refusal.not-an-attribute", layer.getName()));
            return;
        }
        AttributeDefinition condition = other.get();
        if (condition == editing || dependsOn(condition, editing, layer)) {
            problem("conditionAttributeId", Message.of("schema.refusal.depends-on-itself"));
            return;
        }
        String value = draft.conditionValue();
        boolean valid = switch (condition.getType()) {
            case BOOLEAN -> "true".equals(value) || "false".equals(value);
            case CHOICE, MULTI_CHOICE -> condition.getOptions().contains(value);
            case TEXT, ENTITY -> value != null && !value.isBlank();
        };
        if (!valid) {
            problem("conditionValue", Message.of(condition.getType() == AttributeType.BOOLEAN
                    ? "schema.refusal.not-a-value-true-or-false" : "schema.refusal.not-a-value",
                    condition.getName()));
        }
    }

    /** Whether {@code attribute} is asked only through a chain of conditions that leads to {@code target}. */
    private static boolean dependsOn(AttributeDefinition attribute, AttributeDefinition target, Layer layer) {
        UUID next = attribute.getConditionAttributeId();
        for (int hops = 0; next != null && hops <= layer.getAttributes().size(); hops++) {
            if (target != null && next.equals(target.getId())) {
                return true;
            }
            next = layer.attribute(next).map(AttributeDefinition::getConditionAttributeId).orElse(null);
        }
        return false;
    }

    private void name(String field, String name) {
        if (name == null || name.isBlank()) {
            problem(field, Message.of("schema.refusal.name-needed"));
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            problem(field, Message.of("schema.refusal.at-most", String.valueOf(MAX_NAME_LENGTH)));
        }
    }

    private void problem(String field, Message message) {
        problems.add(Problem.of(field, message));
    }

    private void done(Message summary) {
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(summary, problems);
        }
    }
}
