package org.slant.schema.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.slant.platform.ui.Confirmations;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.schema.SchemaEditor;

/** One layer in the schema editor: its settings, its labels as chips and its attributes, each editable. */
class LayerCard extends VerticalLayout {

    private final LayerSchema layer;
    private final SchemaEditor editor;
    private final Runnable changed;
    private final boolean managing;

    /** @param managing whether the caller may change the schema; others see it without the controls that change it */
    LayerCard(LayerSchema layer, int layerCount, SchemaEditor editor, Runnable changed, boolean managing) {
        this.layer = layer;
        this.editor = editor;
        this.changed = changed;
        this.managing = managing;
        addClassName("slant-layer-card");
        getElement().setAttribute("data-layer", layer.name());
        setSpacing(false);

        H3 title = new H3(layer.position() + ". " + layer.name());
        Span kind = new Span(getTranslation(layer.kind() == LayerKind.SPAN ? "schema.card.kind.span"
                : "schema.card.kind.document"));
        kind.getElement().getThemeList().add("badge" + (layer.kind() == LayerKind.SPAN ? "" : " contrast"));
        List<String> facts = new ArrayList<>();
        if (layer.kind() == LayerKind.SPAN) {
            facts.add(getTranslation(layer.overlapAllowed() ? "schema.card.overlap-allowed"
                    : "schema.card.no-overlap"));
        }
        if (layer.ordered()) {
            facts.add(getTranslation("schema.card.ordered"));
        }
        Span settings = new Span(String.join(" · ", facts));
        settings.addClassName("slant-muted");

        Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("schema.card.move-up"),
                () -> editor.moveLayer(layer.id(), layer.position() - 2));
        up.setEnabled(layer.position() > 1);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("schema.card.move-down"),
                () -> editor.moveLayer(layer.id(), layer.position()));
        down.setEnabled(layer.position() < layerCount);
        Button edit = new Button(getTranslation("platform.common.edit"), click -> new LayerDialog(layer, draft -> {
            editor.updateLayer(layer.id(), draft);
            changed.run();
        }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(getTranslation("platform.common.delete"), click -> Confirmations.run(
                getTranslation("schema.card.delete-layer", layer.name()),
                confirmed -> editor.deleteLayer(layer.id(), confirmed), changed));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

        HorizontalLayout header = new HorizontalLayout(title, kind, settings);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(up, down, edit, delete);
        actions.setVisible(managing);
        HorizontalLayout top = new HorizontalLayout(header, actions);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(top);
        if (!layer.description().isBlank()) {
            Paragraph description = new Paragraph(layer.description());
            description.addClassName("slant-muted");
            add(description);
        }
        add(labels(), attributes());
    }

    private FlexLayout labels() {
        FlexLayout chips = new FlexLayout();
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.getStyle().set("gap", "var(--lumo-space-s)");
        for (LabelSchema label : layer.labels()) {
            chips.add(chip(label));
        }
        Button add = new Button(getTranslation("schema.card.add-label"), VaadinIcon.PLUS.create(),
                click -> new LabelDialog(layer, null, draft -> {
                    editor.addLabel(layer.id(), draft);
                    changed.run();
                }).open());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setVisible(managing);
        chips.add(add);
        return chips;
    }

    private Span chip(LabelSchema label) {
        Span swatch = new Span();
        swatch.addClassName("slant-label-swatch");
        swatch.getStyle().set("background", label.colour());
        Span chip = new Span(swatch, new Span(label.name()));
        if (label.key() != null) {
            Span key = new Span(label.key());
            key.addClassName("slant-key");
            chip.add(key);
        }
        chip.addClassName("slant-label-chip");
        chip.getElement().setAttribute("data-label", label.name());
        if (managing) {
            chip.getElement().setAttribute("title", label.description().isBlank()
                    ? getTranslation("schema.card.edit-label") : label.description());
            chip.getElement().setAttribute("tabindex", "0");
            chip.addClickListener(click -> openLabel(label));
        } else if (!label.description().isBlank()) {
            chip.getElement().setAttribute("title", label.description());
        }
        return chip;
    }

    private void openLabel(LabelSchema label) {
        int index = layer.labels().indexOf(label);
        LabelDialog[] dialog = new LabelDialog[1];
        Button earlier = new Button(getTranslation("schema.card.move-earlier"), click -> {
            editor.moveLabel(layer.id(), label.id(), index - 1);
            dialog[0].close();
            changed.run();
        });
        earlier.setEnabled(index > 0);
        Button delete = new Button(getTranslation("platform.common.delete"), click -> {
            dialog[0].close();
            Confirmations.run(getTranslation("schema.card.delete-label", label.name()),
                    confirmed -> editor.deleteLabel(layer.id(), label.id(), confirmed), changed);
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog[0] = new LabelDialog(layer, label, draft -> {
            editor.updateLabel(layer.id(), label.id(), draft);
            changed.run();
        }, earlier, delete);
        dialog[0].open();
    }

    private VerticalLayout attributes() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (AttributeSchema attribute : layer.attributes()) {
            list.add(attributeRow(attribute));
        }
        Button add = new Button(getTranslation("schema.card.add-attribute"), VaadinIcon.PLUS.create(),
                click -> new AttributeDialog(layer, null, draft -> {
                    editor.addAttribute(layer.id(), draft);
                    changed.run();
                }).open());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setVisible(managing);
        list.add(add);
        return list;
    }

    private HorizontalLayout attributeRow(AttributeSchema attribute) {
        Span name = new Span(attribute.name());
        name.getStyle().set("font-weight", "600");
        Span what = new Span(describe(attribute));
        what.addClassName("slant-muted");
        int index = layer.attributes().indexOf(attribute);
        Button earlier = iconButton(VaadinIcon.ARROW_UP, getTranslation("schema.card.ask-earlier"),
                () -> editor.moveAttribute(layer.id(), attribute.id(), index - 1));
        earlier.setEnabled(index > 0);
        earlier.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button edit = new Button(getTranslation("platform.common.edit"), click -> new AttributeDialog(layer,
                attribute, draft -> Confirmations.run(getTranslation("schema.card.change-attribute",
                        attribute.name()),
                        confirmed -> editor.updateAttribute(layer.id(), attribute.id(), draft, confirmed), changed))
                .open());
        Button delete = new Button(getTranslation("platform.common.delete"), click -> Confirmations.run(
                getTranslation("schema.card.delete-attribute", attribute.name()),
                confirmed -> editor.deleteAttribute(layer.id(), attribute.id(), confirmed), changed));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        earlier.setVisible(managing);
        edit.setVisible(managing);
        delete.setVisible(managing);
        HorizontalLayout row = new HorizontalLayout(name, what, earlier, edit, delete);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getElement().setAttribute("data-attribute", attribute.name());
        return row;
    }

    private String describe(AttributeSchema attribute) {
        List<String> parts = new ArrayList<>();
        parts.add(attribute.options().isEmpty() ? AttributeDialog.describe(attribute.type())
                : getTranslation("schema.card.type-with-options", AttributeDialog.describe(attribute.type()),
                        String.join(", ", attribute.options())));
        if (attribute.labelId() != null) {
            layer.labels().stream().filter(label -> label.id().equals(attribute.labelId())).findFirst()
                    .ifPresent(label -> parts.add(getTranslation("schema.card.for-label", label.name())));
        }
        if (attribute.required()) {
            parts.add(getTranslation("schema.card.required"));
        }
        if (attribute.condition() != null) {
            layer.attributes().stream().filter(other -> other.id().equals(attribute.condition().attributeId()))
                    .findFirst().ifPresent(other -> parts.add(getTranslation("schema.card.when", other.name(),
                            attribute.condition().value())));
        }
        return String.join(" · ", parts);
    }

    private Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> {
            action.run();
            changed.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
