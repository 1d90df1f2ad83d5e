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
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.DocumentLanguage;
import org.slant.platform.ui.LocalFormats;

/** One article, read-only: its text exactly as stored, and what is known about it. */
@Route("documents/:documentId")
@PermitAll
public class DocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String DOCUMENT_ID = "documentId";

    private final CorpusService corpus;
    private final RouterLink back = new RouterLink();
    private final H2 title = new H2();
    private final Div facts = new Div();
    final Div text = new Div();
    final Button annotate = new Button(getTranslation("corpus.document.annotate"));
    private DocumentDetails document;

    public DocumentView(CorpusService corpus) {
        this.corpus = corpus;
        addClassName("slant-page");
        facts.addClassName("slant-facts");
        text.addClassName("slant-document-text");
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
        fact("corpus.document.outlet", document.outlet());
        fact("corpus.document.story", document.story());
        fact("corpus.document.published", document.published() == null ? null
                : LocalFormats.longDate(document.published()));
        fact("corpus.document.language", document.language() == null ? null
                : DocumentLanguage.name(document.language(), LocalFormats.locale()) + " (" + document.language() + ")");
        fact("corpus.document.words", LocalFormats.count(document.words()));
        fact("corpus.document.characters", LocalFormats.count(document.codePoints()));
        if (isWebAddress(document.url())) {
            Anchor source = new Anchor(document.url(), getTranslation("corpus.document.original"),
                    AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(source);
        }
        // setText, never HTML: article text is shown exactly as it is, markup included, and never run
        text.setText(document.text());
        // the article's own language, or "unknown" (""), never the interface's
        text.getElement().setAttribute("lang", document.language() == null ? "" : document.language());
        text.getElement().setAttribute("data-text-direction", DocumentLanguage.rightToLeft(document.language())
                ? "rtl" : "auto");
    }

    private void fact(String nameKey, String value) {
        if (value != null && !value.isBlank()) {
            Span fact = new Span();
            Span shown = new Span(value);
            shown.addClassName("slant-fact-value");
            fact.add(new Span(getTranslation(nameKey) + " "), shown);
            facts.add(fact);
        }
    }

    private static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("corpus.common.page-title", document == null
                ? getTranslation("corpus.document.fallback-title") : document.title());
    }
}
