package org.slant.annotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.slant.annotation.DocumentHistory;
import org.slant.annotation.HistoryEntry;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.ui.DocumentRoute;
import org.slant.platform.ForbiddenException;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;

/** A document's annotation history for its project's managers: who did what, when, before and after. */
@Route("annotate/:documentId/history")
@PermitAll
public class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final DocumentHistory history;
    final Grid<HistoryEntry> events = new Grid<>();
    private final RouterLink back = new RouterLink();
    private final H2 title = new H2();
    private DocumentDetails document;

    public HistoryView(CorpusService corpus, DocumentHistory history) {
        this.corpus = corpus;
        this.history = history;
        addClassName("slant-page");
        setSizeFull();
        events.addColumn(entry -> LocalFormats.second(entry.at()))
                .setHeader(getTranslation("annotation.history.when")).setKey("when").setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(entry -> entry.who() == null ? "Slant" : entry.who())
                .setHeader(getTranslation("annotation.history.who")).setKey("who")
                .setAutoWidth(true);
        events.addColumn(HistoryEntry::annotator)
                .setHeader(getTranslation("annotation.history.whose")).setKey("whose").setAutoWidth(true);
        events.addColumn(entry -> getTranslation("annotation.history.change", entry.target().equals("SPAN")
                ? "span" : "answer", entry.action().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("annotation.history.what")).setKey("what").setAutoWidth(true);
        events.addColumn(entry -> entry.before() == null ? "" : entry.before())
                .setHeader(getTranslation("annotation.history.before")).setKey("before")
                .setFlexGrow(2);
        events.addColumn(entry -> entry.after() == null ? "" : entry.after())
                .setHeader(getTranslation("annotation.history.after")).setKey("after")
                .setFlexGrow(2);
        events.addColumn(entry -> entry.reason() == null ? "" : entry.reason())
                .setHeader(getTranslation("annotation.history.why")).setKey("why")
                .setFlexGrow(1);
        events.setEmptyStateText(getTranslation("annotation.history.empty"));
        add(back, title, events);
        setFlexGrow(1, events);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document = DocumentRoute.document(event, corpus).orElse(null);
        if (document == null) {
            return;
        }
        try {
            events.setItems(history.of(document.id()));
        } catch (ForbiddenException notAManager) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, Problems.said(notAManager));
            return;
        }
        back.setText(getTranslation("annotation.history.back"));
        back.setRoute(AnnotateView.class, AnnotateView.parameters(document.id()));
        title.setText(getTranslation("annotation.history.heading", document.title()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("annotation.history.page-title", document == null
                ? getTranslation("annotation.history.document") : document.title());
    }
}
