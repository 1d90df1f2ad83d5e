package org.slant.stories.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slant.annotation.Span;
import org.slant.annotation.ui.AttributeForm;
import org.slant.corpus.DocumentDetails;
import org.slant.schema.LayerSchema;

/**
 * The span selected in one of the story view's columns: its label, words and attributes, edited as in the annotate
 * view.
 */
final class SelectedSpanPanel extends Div {

    AttributeForm form;
    private UUID shown;

    SelectedSpanPanel() {
        addClassName("slant-annotate-selected");
        show(null, null, null, List.of(), false);
    }

    void show(DocumentDetails article, StoryColumn editor, Span span, List<LayerSchema> layers, boolean readOnly) {
        // the same span with the same values: keep the form, so that a choice being made stays open
        if (span != null && form != null && span.id().equals(shown) && span.attributes().equals(form.values())) {
            return;
        }
        removeAll();
        form = null;
        shown = span == null ? null : span.id();
        if (span == null) {
            add(new Paragraph(getTranslation("stories.selected.none")));
            return;
        }
        Optional<LayerSchema> layer = layers.stream().filter(one -> one.id().equals(span.layer())).findFirst();
        Optional<String> label = layer.flatMap(one -> one.labels().stream()
                .filter(candidate -> candidate.id().equals(span.label())).findFirst()).map(found -> found.name());
        if (layer.isEmpty() || label.isEmpty()) {
            return;
        }
        int from = article.text().offsetByCodePoints(0, span.start());
        String words = article.text().substring(from, article.text().offsetByCodePoints(from,
                span.end() - span.start()));
        Paragraph heading = new Paragraph(label.get() + " · " + layer.get().name() + " · "
                + StoryView.outletOf(article));
        heading.addClassName("slant-selected-label");
        Paragraph quote = new Paragraph("“" + words + "”");
        quote.addClassName("slant-selected-quote");
        add(heading, quote);
        UUID spanId = span.id();
        form = new AttributeForm(layer.get(), span.label(), span.attributes(),
                values -> editor.updateAttributes(spanId, values));
        form.setReadOnly(readOnly);
        add(form.asksAnything() ? form : new Paragraph(getTranslation("stories.selected.no-attributes")));
    }
}
