package org.slant.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.slant.annotation.AnnotationConflictException;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Answer;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.DocumentDoneException;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.Problems;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.LabelSchema;

/**
 * The questions about the whole article (DOCUMENT layers): one answer per layer, chosen among its labels, with the
 * attributes the chosen label asks for. Each choice is saved at once; a refused one says why and shows what is stored.
 */
class ArticleQuestions extends Div {

    private final AnnotationService annotations;
    private final UUID documentId;
    private static final int MOST_RADIO_BUTTONS = 7;

    final Map<UUID, Question> questions = new HashMap<>();
    private Runnable saved = () -> { };
    private Runnable refusedAsDone = () -> { };
    private boolean readOnly;

    ArticleQuestions(AnnotationService annotations, UUID documentId, List<LayerSchema> layers, List<Answer> answers) {
        this.annotations = annotations;
        this.documentId = documentId;
        addClassName("slant-article-questions");
        for (LayerSchema layer : layers) {
            if (layer.kind() == LayerKind.DOCUMENT) {
                Answer answer = answers.stream().filter(a -> a.layer().equals(layer.id())).findFirst().orElse(null);
                Question question = new Question(layer, answer);
                questions.put(layer.id(), question);
                add(question);
            }
        }
    }

    boolean isEmpty() {
        return questions.isEmpty();
    }

    /** Called after each answer saved. */
    void onSaved(Runnable listener) {
        this.saved = listener;
    }

    /** Called when a save is refused because the caller marked the document done (in another tab, say). */
    void onRefusedAsDone(Runnable listener) {
        this.refusedAsDone = listener;
    }

    /** Read-only while the document is marked done: the answers show, nothing can be changed. */
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        questions.values().forEach(Question::applyReadOnly);
    }

    /** One DOCUMENT layer: its labels as choices, the answer's attributes, and what happened to the last save. */
    /**
     * An answer chosen puts the keyboard back in the text, so that marking goes on without the mouse: a choice from
     * the list, a click on a radio button, or Enter (or Esc) after choosing one with the arrows, which choose as they
     * move and so cannot mean "done" by themselves.
     */
    private static final String BACK_TO_THE_TEXT = """
            const field = this;
            const toText = () => document.querySelector(':is(slant-annotator, slant-curator) .sa-text')?.focus();
            if (field.localName === 'vaadin-combo-box') {
              field.addEventListener('change', () => setTimeout(toText));
            } else {
              field.addEventListener('click', (event) => {
                if (event.target.closest('vaadin-radio-button')) setTimeout(toText);
              });
              field.addEventListener('keydown', (event) => {
                if (event.key === 'Enter' || event.key === 'Escape') {
                  event.preventDefault();
                  toText();
                }
              }, true);
            }
            """;

    final class Question extends Div {

        final LayerSchema layer;
        /** Radio buttons for a short scale, a drop-down for a long list (the 15 frames). */
        final HasValue<?, LabelSchema> choice;
        final Span state = new Span();
        final Div attributes = new Div();
        Answer answer;
        private boolean showing;

        Question(LayerSchema layer, Answer answer) {
            this.layer = layer;
            choice = layer.labels().size() > MOST_RADIO_BUTTONS ? dropDown(layer) : radioButtons(layer);
            addClassName("slant-question");
            getElement().setAttribute("data-layer", layer.name());
            H4 title = new H4(layer.name());
            Button clear = new Button(getTranslation("annotation.questions.clear"), click -> choice.clear());
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            state.addClassName("slant-question-state");
            Div header = new Div(title, state, clear);
            header.addClassName("slant-question-header");
            choice.addValueChangeListener(event -> {
                if (!showing) {
                    choose(event.getValue());
                }
            });
            ((Component) choice).getElement().executeJs(BACK_TO_THE_TEXT);
            add(header, (Component) choice, attributes);
            this.clear = clear;
            show(answer);
        }

        private final Button clear;

        private void applyReadOnly() {
            choice.setReadOnly(readOnly);
            clear.setVisible(!readOnly);
            attributes.getChildren().filter(AttributeForm.class::isInstance)
                    .forEach(form -> ((AttributeForm) form).setReadOnly(readOnly));
        }

        private static HasValue<?, LabelSchema> radioButtons(LayerSchema layer) {
            RadioButtonGroup<LabelSchema> radio = new RadioButtonGroup<>();
            radio.setItems(layer.labels());
            radio.setItemLabelGenerator(LabelSchema::name);
            radio.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            radio.setAriaLabel(layer.name());
            return radio;
        }

        private static HasValue<?, LabelSchema> dropDown(LayerSchema layer) {
            ComboBox<LabelSchema> list = new ComboBox<>();
            list.setItems(layer.labels());
            list.setItemLabelGenerator(LabelSchema::name);
            list.setPlaceholder(I18NProvider.translate("annotation.questions.choose"));
            list.setAriaLabel(layer.name());
            list.setWidthFull();
            return list;
        }

        private void choose(LabelSchema label) {
            UUID labelId = label == null ? null : label.id();
            if (answer == null && labelId == null || answer != null && answer.label().equals(labelId)) {
                return;
            }
            save(() -> {
                if (labelId == null) {
                    annotations.deleteAnnotation(answer.id(), answer.version());
                    return null;
                }
                if (answer == null) {
                    return annotations.createAnswer(documentId, UUID.randomUUID(),
                            new AnswerDraft(layer.id(), labelId, Map.of())).annotation();
                }
                return annotations.updateAnswer(answer.id(), answer.version(), new AnswerDraft(null, labelId, null));
            });
        }

        private void changeAttributes(Map<String, Object> values) {
            if (answer != null) {
                save(() -> annotations.updateAnswer(answer.id(), answer.version(), new AnswerDraft(null, null,
                        values)));
            }
        }

        private void save(Supplier<Answer> change) {
            try {
                Answer saved = change.get();
                boolean attributesOnly = saved != null && answer != null && saved.label().equals(answer.label());
                answer = saved;
                if (!attributesOnly) {
                    show(saved);
                }
                state.setText(getTranslation("annotation.questions.saved"));
                state.getElement().setAttribute("data-state", "saved");
                ArticleQuestions.this.saved.run();
            } catch (DocumentDoneException done) {
                refuse(done);
                refusedAsDone.run();
            } catch (InvalidInputException | AnnotationConflictException | NotFoundException
                    | ForbiddenException refused) {
                refuse(refused);
            }
        }

        /** Says why the change was not saved, and shows the answer as stored. */
        private void refuse(RuntimeException refused) {
            state.setText(getTranslation("annotation.questions.not-saved"));
            state.getElement().setAttribute("data-state", "failed");
            state.getElement().setAttribute("title", Problems.said(refused));
            Notification.show(getTranslation("annotation.questions.not-saved.why", Problems.said(refused)), 8000,
                    Notification.Position.BOTTOM_START);
            show(annotations.annotationsOf(documentId, null).answers().stream()
                    .filter(a -> a.layer().equals(layer.id())).findFirst().orElse(null));
        }

        private void show(Answer shown) {
            answer = shown;
            showing = true;
            choice.setValue(shown == null ? null : layer.labels().stream()
                    .filter(label -> Objects.equals(label.id(), shown.label())).findFirst().orElse(null));
            showing = false;
            choice.setReadOnly(readOnly);
            attributes.removeAll();
            if (shown != null) {
                AttributeForm form = new AttributeForm(layer, shown.label(), shown.attributes(),
                        this::changeAttributes);
                form.setReadOnly(readOnly);
                if (form.asksAnything()) {
                    attributes.add(form);
                }
            }
        }
    }
}
