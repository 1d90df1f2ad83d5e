package org.slant.stories.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.slant.corpus.DocumentDetails;
import org.slant.stories.SharedPassage;
import org.slant.stories.SharedPassage.Occurrence;
import org.slant.stories.StoryPassages;

/**
 * Per article, the passages the other outlets carry and it does not, and where each passage it carries sits: a
 * table of passages by articles, "—" where an article omits one.
 */
final class OmissionsDialog extends Dialog {

    final Grid<SharedPassage> table = new Grid<>();

    OmissionsDialog(StoryPassages.Report report, List<DocumentDetails> articles) {
        setHeaderTitle(getTranslation("stories.omissions.title"));
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addComponentColumn(OmissionsDialog::passageCell).setHeader(getTranslation("stories.common.passage"))
                .setWidth("16rem").setFlexGrow(0).setFrozen(true);
        for (DocumentDetails article : articles) {
            long omitted = report.omissions().stream().filter(omission -> omission.documentId().equals(article.id()))
                    .mapToLong(omission -> omission.passageIds().size()).sum();
            table.addColumn(passage -> placeIn(passage, article))
                    .setHeader(getTranslation("stories.omissions.omits", StoryView.outletOf(article), omitted))
                    .setAutoWidth(true).setTooltipGenerator(passage -> article.title());
        }
        table.setItems(report.passages());
        table.setAllRowsVisible(report.passages().size() <= 12);
        add(new Paragraph(getTranslation("stories.omissions.about")), table);
        if (report.passages().isEmpty()) {
            add(new Paragraph(getTranslation("stories.omissions.none")));
        }
        setWidth("min(70rem, 96vw)");
        getFooter().add(new Button(getTranslation("platform.common.close"), click -> close()));
    }

    /** Where the article has the passage, or a dash where it omits it. */
    static String placeIn(SharedPassage passage, DocumentDetails article) {
        Optional<Occurrence> found = passage.occurrences().stream()
                .filter(occurrence -> occurrence.documentId().equals(article.id())).findFirst();
        return found.map(occurrence -> PassageVersion.placement(occurrence, "stories.omissions.placement"))
                .orElse("—");
    }

    private static Div passageCell(SharedPassage passage) {
        Span swatch = new Span();
        swatch.addClassName("slant-swatch");
        swatch.getStyle().set("background", StoryView.colourOf(passage.id()));
        Occurrence reference = passage.occurrences().stream().filter(Occurrence::reference).findFirst()
                .orElse(passage.occurrences().getFirst());
        String words = reference.text().length() > 60 ? reference.text().substring(0, 57) + "…" : reference.text();
        Div cell = new Div(swatch, new Span(passage.id() + ". " + words));
        cell.addClassName("slant-selected-label");
        cell.getElement().setAttribute("title", reference.text());
        return cell;
    }
}
