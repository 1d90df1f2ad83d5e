package org.slant.annotation.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slant.annotation.AttributeRules;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.JsonNode;

/**
 * Edits the attributes of one span or answer by their definitions: a field per attribute asked for its label, shown
 * only while its condition holds, and flagged while it is required and empty. Each change is handed on at once.
 */
@NamedInterface("attributes")
public class AttributeForm extends Div {

    /**
     * Esc in a field goes back to the text instead of erasing the value (Vaadin's fields clear themselves on Esc
     * when they have a clear button), and a value chosen from a list or a box ticked goes back to the text too, so
     * the label keys work again at once. Caught while capturing, before the field's own key handling; a list that is
     * open still closes on Esc as usual. Leaving a text field by Esc or Enter says "change" first, which hands its
     * value on at once (see {@link #handsOnWhenLeft}).
     */
    private static final String BACK_TO_THE_TEXT = """
            const field = this;
            const toText = () => document.querySelector(':is(slant-annotator, slant-curator) .sa-text')?.focus();
            field.addEventListener('keydown', (event) => {
              const text = field.localName === 'vaadin-text-field';
              if (event.key === 'Escape' && !field.opened) {
                event.preventDefault();
                event.stopPropagation();
                if (text) field.dispatchEvent(new CustomEvent('change'));
                toText();
              } else if (event.key === 'Enter' && text) {
                field.dispatchEvent(new CustomEvent('change'));
                toText();
              }
            }, true);
            if (field.localName === 'vaadin-combo-box' || field.localName === 'vaadin-checkbox') {
              field.addEventListener('change', () => setTimeout(toText));
            }
            """;

    private final LayerSchema layer;
    private final UUID labelId;
    private final Map<String, Object> values;
    private final Consumer<Map<String, Object>> changed;
    final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private boolean readOnly;

    public AttributeForm(LayerSchema layer, UUID labelId, Map<String, Object> values,
            Consumer<Map<String, Object>> changed) {
        this.layer = layer;
        this.labelId = labelId;
        this.values = new LinkedHashMap<>(values);
        this.changed = changed;
        addClassName("slant-attribute-form");
        for (AttributeSchema attribute : layer.attributes()) {
            if (attribute.labelId() == null || attribute.labelId().equals(labelId)) {
                HasValue<?, ?> field = field(attribute);
                fields.put(attribute.id().toString(), field);
                add((Component) field);
            }
        }
        refresh();
    }

    /** The values as the form holds them now. */
    public Map<String, Object> values() {
        return Map.copyOf(values);
    }

    /** Read-only while the document is marked done: the values show, none can be changed. */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        fields.values().forEach(field -> field.setReadOnly(readOnly));
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Whether any attribute is asked at all for this label. */
    public boolean asksAnything() {
        return !fields.isEmpty();
    }

    /** Names of the required attributes asked now and still empty. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (AttributeSchema attribute : layer.attributes()) {
            String id = attribute.id().toString();
            if (fields.containsKey(id) && attribute.required() && AttributeRules.isEmpty(values.get(id))
                    && AttributeRules.asked(layer, attribute, labelId, values)) {
                missing.add(attribute.name());
            }
        }
        return missing;
    }

    private HasValue<?, ?> field(AttributeSchema attribute) {
        String id = attribute.id().toString();
        Object value = values.get(id);
        String caption = attribute.name();
        HasValue<?, ?> field = switch (attribute.type()) {
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>(caption, attribute.options());
                choice.setClearButtonVisible(true);
                choice.setValue(value instanceof String text ? text : null);
                choice.addValueChangeListener(event -> set(id, event.getValue()));
                yield choice;
            }
            case MULTI_CHOICE -> {
                MultiSelectComboBox<String> choices = new MultiSelectComboBox<>(caption, attribute.options());
                choices.setClearButtonVisible(true);
                if (value instanceof List<?> list) {
                    choices.setValue(new LinkedHashSet<>(list.stream().map(String::valueOf).toList()));
                }
                choices.addValueChangeListener(event -> set(id, event.getValue().isEmpty() ? null
                        : attribute.options().stream().filter(event.getValue()::contains).toList()));
                yield choices;
            }
            case BOOLEAN -> {
                Checkbox yes = new Checkbox(caption, Boolean.TRUE.equals(value));
                yes.addValueChangeListener(event -> set(id, event.getValue() ? Boolean.TRUE : null));
                yield yes;
            }
            case TEXT, ENTITY -> {
                TextField text = new TextField(caption);
                text.setValue(value instanceof String string ? string : "");
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(600);
                text.setClearButtonVisible(true);
                text.addValueChangeListener(event -> set(id, event.getValue().isBlank() ? null : event.getValue()));
                handsOnWhenLeft(text);
                yield text;
            }
        };
        Component component = (Component) field;
        component.getElement().executeJs(BACK_TO_THE_TEXT);
        component.getElement().setAttribute("data-attribute", attribute.name());
        if (!attribute.description().isBlank()) {
            component.getElement().setAttribute("title", attribute.description());
        }
        if (field instanceof AbstractField<?, ?> input && attribute.required()) {
            input.setRequiredIndicatorVisible(true);
        }
        component.getElement().getStyle().set("width", "100%");
        return field;
    }

    /**
     * A lazy text field sends what was typed only after a pause, and not at all when the field is left sooner (Vaadin
     * flow-components#6265): the annotator would see a value the server never got. Its change event (leaving the
     * field, Enter, Esc) carries the value, which is handed on at once; the late lazy update then changes nothing.
     */
    private static void handsOnWhenLeft(TextField text) {
        text.getElement().addEventListener("change", event -> {
            JsonNode value = event.getEventData().get("element.value");
            if (value != null && value.isString()) {
                text.setValue(value.asString());
            }
        }).addEventData("element.value");
    }

    private void set(String id, Object value) {
        if (value == null) {
            values.remove(id);
        } else {
            values.put(id, value);
        }
        refresh();
        changed.accept(new LinkedHashMap<>(values));
    }

    /** Shows the attributes whose condition holds now, and flags required ones still empty. */
    private void refresh() {
        List<String> missing = missing();
        for (AttributeSchema attribute : layer.attributes()) {
            HasValue<?, ?> field = fields.get(attribute.id().toString());
            if (field == null) {
                continue;
            }
            ((Component) field).setVisible(AttributeRules.asked(layer, attribute, labelId, values));
            if (field instanceof HasValidation validated) {
                boolean empty = missing.contains(attribute.name());
                validated.setInvalid(empty);
                validated.setErrorMessage(empty ? getTranslation("annotation.attributes.required") : null);
            }
        }
    }
}
