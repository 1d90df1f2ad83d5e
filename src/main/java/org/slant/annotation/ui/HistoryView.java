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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slant.corpus.ui.DocumentRoute;
import org.slant.annotation.DocumentHistory;
import org.slant.annotation.HistoryEntry;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.platform.ForbiddenException;

/** A document's annotation history for its project's managers: who did what, when, before and after. */
@Route("annotate/:documentId/history")
@PermitAll
public class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

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
        events.addColumn(entry -> WHEN.format(entry.at())).setHeader("When").setKey("when").setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(entry -> entry.who() == null ? "Slant" : entry.who()).setHeader("Who").setKey("who")
                .setAutoWidth(true);
        events.addColumn(HistoryEntry::annotator).setHeader("Whose").setKey("whose").setAutoWidth(true);
        events.addColumn(entry -> (entry.target().equals("SPAN") ? "span " : "answer ")
                + entry.action().toLowerCase()).setHeader("What").setKey("what").setAutoWidth(true);
        events.addColumn(entry -> entry.before() == null ? "" : entry.before()).setHeader("Before").setKey("before")
                .setFlexGrow(2);
        events.addColumn(entry -> entry.after() == null ? "" : entry.after()).setHeader("After").setKey("after")
                .setFlexGrow(2);
        events.addColumn(entry -> entry.reason() == null ? "" : entry.reason()).setHeader("Why").setKey("why")
                .setFlexGrow(1);
        events.setEmptyStateText("No one has annotated this document yet.");
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
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, notAManager.getMessage());
            return;
        }
        back.setText("← Back to annotating");
        back.setRoute(AnnotateView.class, AnnotateView.parameters(document.id()));
        title.setText("History · " + document.title());
    }

    @Override
    public String getPageTitle() {
        return "History · " + (document == null ? "Document" : document.title()) + " · Slant";
    }
}
