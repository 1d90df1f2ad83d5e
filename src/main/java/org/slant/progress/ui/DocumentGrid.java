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
        addColumn(DocumentProgress::title).setHeader(getTranslation("progress.column.title")).setKey("title")
                .setFlexGrow(4).setTooltipGenerator(DocumentProgress::title);
        addColumn(document -> orDash(document.outlet())).setHeader(getTranslation("progress.column.outlet"))
                .setKey("outlet").setFlexGrow(1);
        addColumn(document -> orDash(document.story())).setHeader(getTranslation("progress.column.story"))
                .setKey("story").setFlexGrow(2).setTooltipGenerator(document -> document.story());
        addColumn(document -> ProgressFormat.doneOf(document.done(), document.annotatorsPerDocument()))
                .setHeader(getTranslation("progress.status.done")).setKey("done").setAutoWidth(true).setFlexGrow(0);
        addColumn(document -> ProgressFormat.count(document.inProgress()))
                .setHeader(getTranslation("progress.status.in-progress")).setKey("inProgress")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(document -> ProgressFormat.count(document.skipped()))
                .setHeader(getTranslation("progress.status.skipped")).setKey("skipped")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(document -> ProgressFormat.activeTime(document.activeSeconds()))
                .setHeader(getTranslation("progress.column.active-time")).setKey("activeTime")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(document -> document.doneBy().isEmpty() ? "—" : String.join(", ", document.doneBy()))
                .setHeader(getTranslation("progress.column.done-by")).setKey("doneBy").setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(documentPath(click.getItem().documentId()))));
    }

    /** A page at a time: a project may hold many thousands of documents. */
    void show(ProjectProgress progress, UUID projectId, long documents) {
        // only now: while the figures are being counted, an empty list means nothing yet
        setEmptyStateText(getTranslation("progress.documents.none"));
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
