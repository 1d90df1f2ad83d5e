package org.slant.stories.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.slant.corpus.DocumentDetails;
import org.slant.stories.SharedPassage;
import org.slant.stories.SharedPassage.Occurrence;
import org.slant.stories.StoryPassages;

/** Every version of the chosen passage, one above the other, and the articles without it. */
final class PassageVersionsPanel extends Div {

    PassageVersionsPanel() {
        addClassName("slant-story-versions");
    }

    /** @param passage the passage chosen, or null before one is */
    void show(SharedPassage passage, List<DocumentDetails> articles, boolean storyHasPassages) {
        removeAll();
        if (passage == null) {
            add(new Paragraph(storyHasPassages ? getTranslation("stories.versions.choose")
                    : getTranslation("stories.versions.none", StoryPassages.DEFAULT_MIN_WORDS)));
            return;
        }
        Span swatch = new Span();
        swatch.addClassName("slant-swatch");
        swatch.getStyle().set("background", StoryView.colourOf(passage.id()));
        Div heading = new Div(swatch, new Span(getTranslation("stories.versions.heading", String.valueOf(passage.id()),
                passage.words(), passage.occurrences().stream().map(Occurrence::documentId).distinct().count(),
                articles.size())));
        heading.addClassName("slant-selected-label");
        add(heading);
        passage.occurrences().forEach(occurrence -> add(PassageVersion.of(occurrence)));
        List<String> without = articles.stream().filter(article -> passage.occurrences().stream()
                .noneMatch(occurrence -> occurrence.documentId().equals(article.id()))).map(StoryView::outletOf)
                .toList();
        if (!without.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("stories.versions.not-in", String.join(", ", without)));
            missing.addClassName("slant-story-missing");
            add(missing);
        }
    }
}
