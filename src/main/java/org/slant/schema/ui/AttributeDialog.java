package org.slant.schema.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.schema.AttributeType;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;

/**
 * Adds or edits an attribute of a layer: what kind of value, its options, which label it belongs to, whether it is
 * required, and whether it is asked only when another attribute has some value.
 */
class AttributeDialog extends Dialog {

    /** "All labels" and "always" in the selects, since a Select cannot show null as an item. */
    private static final UUID NONE = new UUID(0, 0);

    final TextField name = new TextField(getTranslation("platform.common.name"));
    final Select<AttributeType> type = new Select<>();
    final TextArea options = new TextArea(getTranslation("schema.attribute.options"));
    final Select<UUID> label = new Select<>();
    final Checkbox required = new Checkbox(getTranslation("schema.attribute.required"));
    final Select<UUID> condition = new Select<>();
    final TextField conditionValue = new TextField(getTranslation("schema.attribute.condition-value"));
    final TextArea description = new TextArea(getTranslation("schema.common.description-for-annotators"));
    final Button save = new Button(getTranslation("platform.common.save"));

    AttributeDialog(LayerSchema layer, AttributeSchema editing, Consumer<AttributeDraft> saving) {
        setHeaderTitle(editing == null ? getTranslation("schema.attribute.new", layer.name())
                : getTranslation("schema.attribute.title", editing.name()));
        type.setLabel(getTranslation("schema.attribute.type"));
        type.setItems(AttributeType.values());
        type.setItemLabelGenerator(AttributeDialog::describe);
        type.setValue(AttributeType.CHOICE);
        type.addValueChangeListener(change -> options.setVisible(hasOptions(change.getValue())));

        List<UUID> labelIds = new ArrayList<>(List.of(NONE));
        layer.labels().stream().map(LabelSchema::id).forEach(labelIds::add);
        label.setLabel(getTranslation("schema.attribute.asked-for"));
        label.setItems(labelIds);
        label.setItemLabelGenerator(id -> id.equals(NONE)
                ? getTranslation("schema.attribute.every-label", layer.name())
                : getTranslation("schema.attribute.for-label", layer.labels().stream()
                        .filter(l -> l.id().equals(id)).findFirst().map(LabelSchema::name).orElse("?")));
        label.setValue(NONE);

        List<UUID> conditionIds = new ArrayList<>(List.of(NONE));
        layer.attributes().stream().filter(other -> editing == null || !other.id().equals(editing.id()))
                .map(AttributeSchema::id).forEach(conditionIds::add);
        condition.setLabel(getTranslation("schema.attribute.condition"));
        condition.setItems(conditionIds);
        condition.setItemLabelGenerator(id -> id.equals(NONE) ? getTranslation("schema.attribute.always")
                : layer.attributes().stream().filter(other -> other.id().equals(id)).findFirst()
                        .map(AttributeSchema::name).orElse("?"));
        condition.setValue(NONE);
        conditionValue.setHelperText(getTranslation("schema.attribute.condition-value-help"));
        conditionValue.setVisible(false);
        condition.addValueChangeListener(change -> conditionValue.setVisible(!NONE.equals(change.getValue())));

        if (editing != null) {
            name.setValue(editing.name());
            type.setValue(editing.type());
            options.setValue(String.join("\n", editing.options()));
            label.setValue(Optional.ofNullable(editing.labelId()).orElse(NONE));
            required.setValue(editing.required());
            if (editing.condition() != null) {
                condition.setValue(editing.condition().attributeId());
                conditionValue.setValue(editing.condition().value());
            }
            description.setValue(editing.description());
        }
        name.setWidthFull();
        options.setWidthFull();
        description.setWidthFull();
        FormLayout form = new FormLayout(name, type, options, label, required, condition, conditionValue,
                description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                saving.accept(draft());
                close();
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.<String, HasValidation>of("name", name, "options", options,
                        "conditionValue", conditionValue));
            }
        });
        getFooter().add(new Button(getTranslation("platform.common.cancel"), click -> close()), save);
        setWidth("34rem");
    }

    AttributeDraft draft() {
        List<String> optionList = hasOptions(type.getValue())
                ? Arrays.stream(options.getValue().split("\\R")).map(String::strip).filter(o -> !o.isEmpty())
                        .toList()
                : List.of();
        UUID conditionId = NONE.equals(condition.getValue()) ? null : condition.getValue();
        return new AttributeDraft(NONE.equals(label.getValue()) ? null : label.getValue(), name.getValue(),
                type.getValue(), optionList, required.getValue(), conditionId,
                conditionId == null ? null : conditionValue.getValue(), description.getValue());
    }

    private static boolean hasOptions(AttributeType type) {
        return type == AttributeType.CHOICE || type == AttributeType.MULTI_CHOICE;
    }

    /** What kind of value the type takes, in the reader's language. */
    static String describe(AttributeType type) {
        return switch (Objects.requireNonNull(type)) {
            case CHOICE -> I18NProvider.translate("schema.attribute.type.choice");
            case MULTI_CHOICE -> I18NProvider.translate("schema.attribute.type.multi-choice");
            case TEXT -> I18NProvider.translate("schema.attribute.type.text");
            case BOOLEAN -> I18NProvider.translate("schema.attribute.type.boolean");
            case ENTITY -> I18NProvider.translate("schema.attribute.type.entity");
        };
    }
}
