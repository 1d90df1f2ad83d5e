package org.slant.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.ui.AttributeForm;
import org.slant.curation.CurationLanes.Lane;
import org.slant.curation.CurationLanes.LaneAnswer;
import org.slant.curation.GoldAnswer;
import org.slant.curation.GoldService;
import org.slant.platform.Refusal;
import org.slant.platform.ui.Problems;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.LabelSchema;

/**
 * The answers about the whole article, curated side by side: per question, gold's answers (each removable, its
 * attributes editable) and each annotator's, taken into gold one at a time or all of one annotator's at once.
 */
class GoldAnswers extends Div {

    /** An answer added to gold gives the keyboard back to the text, as an annotator's answer does. */
    private static final String BACK_TO_THE_TEXT = "this.addEventListener('change', () => setTimeout(() => "
            + "document.querySelector('slant-curator .sa-text')?.focus()))";

    private final GoldService gold;
    private final UUID documentId;
    private final List<LayerSchema> questions;
    private final List<Lane> lanes;
    private final Runnable changed;
    private List<GoldAnswer> answers;
    private boolean readOnly;

    GoldAnswers(GoldService gold, UUID documentId, List<LayerSchema> layers, List<Lane> lanes,
            List<GoldAnswer> answers, Runnable changed) {
        this.gold = gold;
        this.documentId = documentId;
        this.questions = layers.stream().filter(layer -> layer.kind() == LayerKind.DOCUMENT).toList();
        this.lanes = lanes;
        this.answers = answers;
        this.changed = changed;
        addClassName("slant-gold-answers");
        draw();
    }

    boolean isEmpty() {
        return questions.isEmpty();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        draw();
    }

    private void draw() {
        removeAll();
        for (LayerSchema question : questions) {
            add(new H5(question.name()));
            Div goldRow = row(getTranslation("curation.answers.gold"));
            goldRow.addClassName("slant-gold-row");
            List<GoldAnswer> ours = answers.stream().filter(answer -> answer.layer().equals(question.id())).toList();
            if (ours.isEmpty()) {
                goldRow.add(new Span("–"));
            }
            for (GoldAnswer answer : ours) {
                Button remove = new Button("✕", click -> act(() -> gold.delete(answer.id(), answer.version())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("aria-label", getTranslation("curation.answers.remove",
                        name(question, answer.label())));
                remove.setEnabled(!readOnly);
                goldRow.add(chip(question, answer.label(), answer.attributes()), remove);
            }
            ComboBox<LabelSchema> own = new ComboBox<>();
            own.setPlaceholder(getTranslation("curation.answers.add"));
            own.setItems(question.labels());
            own.setItemLabelGenerator(LabelSchema::name);
            own.setReadOnly(readOnly);
            own.addClassName("slant-gold-own");
            own.getElement().executeJs(BACK_TO_THE_TEXT);
            own.addValueChangeListener(chosen -> {
                if (chosen.getValue() != null && chosen.isFromClient()) {
                    act(() -> gold.createAnswer(documentId, null, new AnswerDraft(question.id(),
                            chosen.getValue().id(), Map.of())));
                }
            });
            goldRow.add(own);
            add(goldRow);
            ours.forEach(answer -> addForm(question, answer));
            for (Lane lane : lanes) {
                List<LaneAnswer> theirs = lane.answers().stream()
                        .filter(answer -> answer.layer().equals(question.id())).toList();
                Div laneRow = row(lane.name());
                laneRow.getElement().setAttribute("title", lane.title());
                if (theirs.isEmpty()) {
                    laneRow.add(new Span("–"));
                }
                for (LaneAnswer answer : theirs) {
                    boolean taken = ours.stream().anyMatch(g -> g.label().equals(answer.label())
                            && g.attributes().equals(answer.attributes()));
                    laneRow.add(chip(question, answer.label(), answer.attributes()));
                    if (!taken) {
                        Button take = new Button(getTranslation("curation.answers.take"),
                                click -> act(() -> gold.accept(documentId, answer.id(), null, false)));
                        take.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        take.setEnabled(!readOnly);
                        take.getElement().setAttribute("title", getTranslation("curation.answers.take-hint",
                                lane.name()));
                        laneRow.add(take);
                    }
                }
                if (!theirs.isEmpty()) {
                    Button only = new Button(getTranslation("curation.answers.take-only", lane.name()),
                            click -> act(() -> takeOnly(question, theirs)));
                    only.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    only.setEnabled(!readOnly);
                    only.getElement().setAttribute("title", getTranslation("curation.answers.take-only-hint",
                            lane.name()));
                    laneRow.add(only);
                }
                add(laneRow);
            }
        }
    }

    /** Gold's answers to the question become exactly this annotator's. */
    private void takeOnly(LayerSchema question, List<LaneAnswer> theirs) {
        boolean first = true;
        for (LaneAnswer answer : theirs) {
            gold.accept(documentId, answer.id(), null, first);
            first = false;
        }
    }

    private void addForm(LayerSchema question, GoldAnswer answer) {
        AttributeForm form = new AttributeForm(question, answer.label(), answer.attributes(),
                values -> act(() -> gold.updateAnswer(answer.id(), answer.version(), new AnswerDraft(null, null,
                        values))));
        form.setReadOnly(readOnly);
        if (form.asksAnything()) {
            add(form);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException refused) {
            if (!(refused instanceof Refusal)) {
                throw refused;
            }
            Notification.show(Problems.said(refused), 5000, Notification.Position.MIDDLE);
        }
        answers = gold.goldOf(documentId).answers();
        draw();
        changed.run();
    }

    private static Div row(String who) {
        Span name = new Span(who);
        name.addClassName("slant-gold-who");
        Div row = new Div(name);
        row.addClassName("slant-gold-answer-row");
        return row;
    }

    private static Span chip(LayerSchema question, UUID labelId, Map<String, Object> attributes) {
        LabelSchema label = question.labels().stream().filter(l -> l.id().equals(labelId)).findFirst().orElse(null);
        Span swatch = new Span();
        swatch.addClassName("slant-swatch");
        swatch.getStyle().set("background", label == null ? "#888" : label.colour());
        String values = attributes.values().stream().filter(Objects::nonNull).map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).map(text -> " (" + text + ")").orElse("");
        Span chip = new Span(swatch, new Span((label == null ? "?" : label.name()) + values));
        chip.addClassName("slant-gold-chip");
        return chip;
    }

    private static String name(LayerSchema question, UUID labelId) {
        return question.labels().stream().filter(l -> l.id().equals(labelId)).map(LabelSchema::name).findFirst()
                .orElse("?");
    }

    /** For tests: the gold answers as drawn. */
    List<GoldAnswer> answers() {
        return answers;
    }
}
