package org.slant.stories.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.slant.stories.ConsistencyFlags;
import org.slant.stories.ConsistencyFlags.Flag;

/**
 * The shared passages one rater labelled differently in different articles: a row each, with the labels per
 * article; choosing a row lines the columns up on the passage.
 */
final class ConsistencyDialog extends Dialog {

    final Grid<Flag> flags = new Grid<>();
    final RadioButtonGroup<String> source = new RadioButtonGroup<>();
    final Paragraph empty = new Paragraph();

    ConsistencyDialog(ConsistencyFlags consistency, UUID storyId, boolean seesEveryonesWork, IntConsumer show) {
        setHeaderTitle(getTranslation("stories.consistency.title"));
        source.setLabel(getTranslation("stories.consistency.whose"));
        flags.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        flags.addComponentColumn(flag -> {
            Span swatch = new Span();
            swatch.addClassName("slant-swatch");
            swatch.getStyle().set("background", StoryView.colourOf(flag.passageId()));
            Div cell = new Div(swatch, new Span(getTranslation("stories.common.passage-number",
                    String.valueOf(flag.passageId()))));
            cell.addClassName("slant-selected-label");
            return cell;
        }).setHeader(getTranslation("stories.common.passage")).setAutoWidth(true).setFlexGrow(0);
        flags.addColumn(Flag::rater).setHeader(getTranslation("stories.consistency.who")).setAutoWidth(true)
                .setFlexGrow(0);
        flags.addColumn(Flag::layer).setHeader(getTranslation("stories.common.layer")).setAutoWidth(true)
                .setFlexGrow(0);
        flags.addColumn(ConsistencyDialog::labels).setHeader(getTranslation("stories.consistency.labels"))
                .setFlexGrow(1).setKey("labels");
        flags.addItemClickListener(click -> {
            show.accept(click.getItem().passageId());
            close();
        });
        source.setItems("annotators", "gold");
        source.setItemLabelGenerator(item -> getTranslation(item.equals("gold")
                ? "stories.common.gold" : "stories.consistency.annotators"));
        source.setValue("annotators");
        source.setVisible(seesEveryonesWork);
        source.addValueChangeListener(change -> list(consistency, storyId, change.getValue()));
        add(new Paragraph(getTranslation("stories.consistency.about")), source, empty, flags);
        list(consistency, storyId, "annotators");
        setWidth("min(60rem, 96vw)");
        getFooter().add(new Button(getTranslation("platform.common.close"), click -> close()));
    }

    private void list(ConsistencyFlags consistency, UUID storyId, String whose) {
        var report = consistency.of(storyId, whose);
        flags.setItems(report.flags());
        flags.setVisible(!report.flags().isEmpty());
        empty.setText(report.flags().isEmpty() ? getTranslation("stories.consistency.none") : "");
        empty.setVisible(report.flags().isEmpty());
    }

    static String labels(Flag flag) {
        return flag.articles().stream().map(article -> I18NProvider.translate("stories.consistency.labels-in",
                article.outlet() == null ? I18NProvider.translate("stories.common.no-outlet") : article.outlet(),
                article.labels().isEmpty() ? I18NProvider.translate("platform.common.none")
                        : String.join(", ", article.labels()))).collect(Collectors.joining(" · "));
    }
}
