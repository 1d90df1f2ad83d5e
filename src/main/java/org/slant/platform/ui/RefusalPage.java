package org.slant.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What a person sees instead of a page they may not open, or that does not exist: what happened in their words, the
 * rule when there is one, and the ways on. Never Vaadin's "Could not navigate".
 */
public abstract class RefusalPage extends VerticalLayout {

    final H2 heading = new H2();
    final Paragraph reason = new Paragraph();
    final Paragraph advice = new Paragraph();

    RefusalPage() {
        addClassName("slant-page");
        addClassName("slant-refusal");
        reason.getElement().setAttribute("data-reason", true);
        advice.addClassName("slant-muted");
        Button back = new Button(getTranslation("platform.refusal.back"),
                click -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor projects = new Anchor("", getTranslation("platform.refusal.projects"));
        projects.getElement().setAttribute("router-link", true);
        HorizontalLayout ways = new HorizontalLayout(back, projects);
        ways.setAlignItems(Alignment.BASELINE);
        add(heading, reason, advice, ways);
    }

    /** The page's title, as the person reads it. */
    public String heading() {
        return heading.getText();
    }

    /** Why: the rule's own words, or what was not found. */
    public String reason() {
        return reason.getText();
    }

    /** Fills the page in; the reason is the rule's own words, with its first letter made a capital. */
    void show(String title, String why, String whatToDo) {
        heading.setText(title);
        String sentence = why == null || why.isBlank() ? "" : Character.toUpperCase(why.charAt(0)) + why.substring(1);
        reason.setText(sentence.isEmpty() || sentence.endsWith(".") ? sentence : sentence + ".");
        advice.setText(whatToDo);
    }
}
