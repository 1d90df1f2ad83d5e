package org.slant.progress.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.UUID;
import org.slant.progress.DocumentProgress;
import org.slant.progress.ProjectProgress;
import org.springframework.data.domain.PageRequest;

/** The project's documents, those furthest from k done annotations first, fetched a page at a time. */
class DocumentGrid extends Grid<DocumentProgress> {

    DocumentGrid() {
        setId("documents");
        addColumn(DocumentProgress::position).setHeader("#").setKey("position").setAutoWidth(true).setFlexGrow(0);
        addColumn(DocumentProgress::title).setHeader("Title").setKey("title").setFlexGrow(4)
                .setTooltipGenerator(DocumentProgress::title);
        addColumn(document -> orDash(document.outlet())).setHeader("Outlet").setKey("outlet").setFlexGrow(1);
        addColumn(document -> orDash(document.story())).setHeader("Story").setKey("story").setFlexGrow(2)
                .setTooltipGenerator(document -> document.story());
        addColumn(document -> ProgressFormat.doneOf(document.done(), document.annotatorsPerDocument()))
                .setHeader("Done").setKey("done").setAutoWidth(true).setFlexGrow(0);
        addColumn(DocumentProgress::inProgress).setHeader("In progress").setKey("inProgress")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(DocumentProgress::skipped).setHeader("Skipped").setKey("skipped")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(document -> ProgressFormat.activeTime(document.activeSeconds())).setHeader("Active time")
                .setKey("activeTime").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(document -> document.doneBy().isEmpty() ? "—" : String.join(", ", document.doneBy()))
                .setHeader("Done by").setKey("doneBy").setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(documentPath(click.getItem().documentId()))));
    }

    /** A page at a time: a project may hold many thousands of documents. */
    void show(ProjectProgress progress, UUID projectId, long documents) {
        // only now: while the figures are being counted, an empty list means nothing yet
        setEmptyStateText("This project has no documents yet.");
        setItems(DataProvider.fromCallbacks(
                query -> progress.documents(projectId, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) documents));
    }

    /** The document page's route ("documents/:documentId"), by path so progress does not depend on that view. */
    static String documentPath(UUID documentId) {
        return "documents/" + documentId;
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
