package org.slant.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.DocumentLanguage;

/** One article, read-only: its text exactly as stored, and what is known about it. */
@Route("documents/:documentId")
@PermitAll
public class DocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String DOCUMENT_ID = "documentId";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CorpusService corpus;
    private final RouterLink back = new RouterLink();
    private final H2 title = new H2();
    private final Div facts = new Div();
    final Div text = new Div();
    final Button annotate = new Button("Annotate this article");
    private DocumentDetails document;

    public DocumentView(CorpusService corpus) {
        this.corpus = corpus;
        addClassName("slant-page");
        facts.addClassName("slant-facts");
        text.addClassName("slant-document-text");
        text.getElement().setAttribute("lang", "en");
        // by path: the annotate view belongs to the annotation feature, which depends on corpus, not the reverse
        annotate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        annotate.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("annotate/" + document.id())));
        add(back, title, facts, annotate, text);
    }

    static RouteParameters parameters(UUID documentId) {
        return new RouteParameters(DOCUMENT_ID, documentId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document = DocumentRoute.document(event, corpus).orElse(null);
        if (document == null) {
            return;
        }
        back.setText("← " + document.projectName());
        back.setRoute(DocumentsView.class, DocumentsView.parameters(document.projectId()));
        title.setText(document.title());
        facts.removeAll();
        fact("Outlet", document.outlet());
        fact("Story", document.story());
        fact("Published", document.published() == null ? null : DATE.format(document.published()));
        fact("Language", document.language() == null ? null : DocumentLanguage.name(document.language()) + " ("
                + document.language() + ")");
        fact("Words", String.format(Locale.UK, "%,d", document.words()));
        fact("Characters", String.format(Locale.UK, "%,d", document.codePoints()));
        if (isWebAddress(document.url())) {
            Anchor source = new Anchor(document.url(), "Original", AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(source);
        }
        // setText, never HTML: article text is shown exactly as it is, markup included, and never run
        text.setText(document.text());
        text.getElement().setAttribute("data-text-direction", DocumentLanguage.rightToLeft(document.language())
                ? "rtl" : "auto");
    }

    private void fact(String name, String value) {
        if (value != null && !value.isBlank()) {
            Span fact = new Span();
            Span shown = new Span(value);
            shown.addClassName("slant-fact-value");
            fact.add(new Span(name + " "), shown);
            facts.add(fact);
        }
    }

    private static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Document" : document.title()) + " · Slant";
    }
}
