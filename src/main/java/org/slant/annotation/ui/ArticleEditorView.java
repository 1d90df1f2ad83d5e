package org.slant.annotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slant.corpus.DocumentLanguage;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.springframework.modulith.NamedInterface;

/**
 * The frame that the views editing one article share (the annotator's and the curator's): a bar with the way back,
 * the article's title and facts, a status and the view's buttons; the span editor filling the height; and a side
 * column with the selected span and the questions about the whole article. The article needs the width, so the
 * navigation drawer closes while it is shown (its toggle stays). On a screen too narrow for the article to keep 60
 * characters a line beside both columns (below 1280 pixels), the side column folds away behind the Details button
 * (Alt+D) and opens over the article's edge; selecting a span that has attributes opens it, and clearing that
 * selection folds it again.
 */
@NamedInterface("editor-frame")
public abstract class ArticleEditorView extends VerticalLayout {

    protected final H3 title = new H3();
    protected final Span facts = new Span();
    protected final Span status = new Span();
    protected final Div selected = new Div();
    protected final Div questionsBox = new Div();
    final Button details = new Button(getTranslation("annotation.editor.details"), VaadinIcon.INFO_CIRCLE_O.create());
    protected final Button keys = new Button(getTranslation("annotation.editor.keys"));
    private final List<KeysDialog.Key> pageKeys = new ArrayList<>();
    /** The open list of keys, for tests. */
    KeysDialog keysShown;
    private boolean sideOpen;
    private boolean openedBySelection;

    protected ArticleEditorView() {
        addClassName("slant-annotate");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        facts.addClassName("slant-annotate-facts");
        status.addClassName("slant-annotate-status");
        selected.addClassName("slant-annotate-selected");
        questionsBox.addClassName("slant-annotate-questions");
        details.addClassName("slant-side-toggle");
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        details.getElement().setAttribute("title", getTranslation("annotation.editor.details.title"));
        details.getElement().setAttribute("aria-controls", "slant-annotate-side");
        details.addClickListener(click -> foldSide(sideOpen));
        withKey(details, getTranslation("annotation.editor.details.does"), Key.KEY_D, KeyModifier.ALT);
        keys.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        keys.getElement().setAttribute("title", getTranslation("annotation.editor.keys.title"));
        foldSide(true);
    }

    /**
     * A button that has a key too, named in its tooltip and in the list of keys.
     *
     * @param does what the key does, in the reader's language, lower case: "opens the next document"
     */
    protected void withKey(Button button, String does, Key key, KeyModifier... modifiers) {
        button.addClickShortcut(key, modifiers);
        String shown = KeyNames.of(key, modifiers);
        String title = button.getElement().getAttribute("title");
        button.getElement().setAttribute("title", (title == null ? capitalised(does) : title) + " (" + shown + ")");
        pageKeys.add(new KeysDialog.Key(shown, does));
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Shows every key of the page; when it closes, the keyboard is back in the text. */
    protected void showKeys(List<LayerSchema> layers, SpanEditor<?> editor) {
        keysShown = new KeysDialog(layers, pageKeys);
        keysShown.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                editor.focusText();
            }
        });
        keysShown.open();
    }

    /** Folds the side column away, or opens it; it matters only on narrow screens, where it folds. */
    void foldSide(boolean fold) {
        sideOpen = !fold;
        openedBySelection = false;
        getElement().setAttribute("side-open", sideOpen);
        details.getElement().setAttribute("aria-expanded", String.valueOf(sideOpen));
    }

    /**
     * A span was selected or the selection cleared: a span with attributes to fill opens the side column; clearing
     * the selection folds it again if the selection had opened it.
     */
    protected void spanSelected(boolean withAttributes) {
        if (withAttributes && !sideOpen) {
            foldSide(false);
            openedBySelection = true;
        } else if (!withAttributes && openedBySelection) {
            foldSide(true);
        }
    }

    /**
     * Lays the frame out: call once, from the view's constructor, with its link back and its buttons in order, and
     * the side column's heading in the reader's language.
     */
    protected void layOut(Component back, List<Component> buttons, Component editor, String selectedHeading) {
        Div heading = new Div(back, title, facts);
        heading.addClassName("slant-annotate-heading");
        // the actions wrap among themselves when the reader's language makes them wider than the bar has room for
        Div actions = new Div(status, details, keys);
        buttons.forEach(actions::add);
        actions.addClassName("slant-annotate-actions");
        HorizontalLayout bar = new HorizontalLayout(heading, actions);
        bar.addClassName("slant-annotate-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(heading);

        editor.addClassName("slant-annotate-text");
        Div side = new Div(new H4(selectedHeading), selected, questionsBox);
        side.addClassName("slant-annotate-side");
        side.setId("slant-annotate-side");
        HorizontalLayout body = new HorizontalLayout(editor, side);
        body.addClassName("slant-annotate-body");
        body.setWidthFull();
        body.expand(editor);
        add(bar, body);
        expand(body);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        AppLayout frame = findAncestor(AppLayout.class);
        if (frame != null) {
            frame.setDrawerOpened(false);
        }
    }

    /** What the status shows, for tests in the views' own packages. */
    public String statusText() {
        return status.getText();
    }

    /**
     * Lays the article out in its language's direction: right to left throughout for a right-to-left language (the
     * Latin words and numbers inside keep their order), otherwise each paragraph by its first strong character.
     */
    protected static void showDirection(Component editor, String language) {
        editor.getElement().setAttribute("data-text-direction", DocumentLanguage.rightToLeft(language) ? "rtl"
                : "auto");
        // the article's own language, or "unknown" (""), never the interface's
        editor.getElement().setAttribute("lang", language == null ? "" : language);
    }

    /** The facts under the title, those present joined by a middle dot. */
    protected void showFacts(String... present) {
        facts.setText(String.join(" · ", Stream.of(present).filter(Objects::nonNull).toList()));
    }

    /** The questions about the whole article, or nothing when the schema asks none. */
    protected void showQuestions(Component questions, boolean asksAnything) {
        questionsBox.removeAll();
        if (asksAnything) {
            questionsBox.add(new H4(getTranslation("annotation.editor.about-article")), questions);
        }
    }

    /**
     * Shows a span's label with its swatch and layer, and its words in quotes, at the top of the side column.
     *
     * @return the span's layer, or empty (and nothing shown) when the schema no longer has the layer or the label
     */
    protected Optional<LayerSchema> showSelectedLabel(List<LayerSchema> layers, UUID layerId, UUID labelId,
            String words) {
        Optional<LayerSchema> layer = layers.stream().filter(candidate -> candidate.id().equals(layerId)).findFirst();
        Optional<LabelSchema> label = layer.flatMap(found -> found.labels().stream()
                .filter(candidate -> candidate.id().equals(labelId)).findFirst());
        if (label.isEmpty()) {
            return Optional.empty();
        }
        Span swatch = new Span();
        swatch.addClassName("slant-swatch");
        swatch.getStyle().set("background", label.get().colour());
        Div heading = new Div(swatch, new Span(label.get().name() + " · " + layer.get().name()));
        heading.addClassName("slant-selected-label");
        Paragraph quote = new Paragraph(getTranslation("annotation.editor.quote", words));
        quote.addClassName("slant-selected-quote");
        selected.add(heading, quote);
        return layer;
    }
}
