package org.slant.stories.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slant.platform.ui.LocalFormats;
import org.slant.stories.SharedPassage.Occurrence;
import org.slant.stories.SharedPassage.WordPlace;

/**
 * One article's version of a passage: its outlet and where it sits, its words with those changed or added (against
 * the longest version) marked, and the words it dropped.
 */
final class PassageVersion {

    private static final int MOST_DROPPED_LISTED = 12;

    private PassageVersion() {
    }

    static Div of(Occurrence occurrence) {
        Span outlet = new Span(occurrence.outlet() == null ? I18NProvider.translate("stories.common.no-outlet")
                : occurrence.outlet());
        outlet.addClassName("slant-story-outlet");
        Span where = new Span(placement(occurrence));
        where.addClassName("slant-story-placement");
        Div head = new Div(outlet, where);
        head.addClassName("slant-story-version-head");
        Paragraph words = new Paragraph();
        words.addClassName("slant-selected-quote");
        marked(occurrence).forEach(words::add);
        Div version = new Div(head, words);
        version.addClassName("slant-story-version");
        if (occurrence.reference()) {
            version.addClassName("reference");
            where.setText(I18NProvider.translate("stories.version.longest", where.getText()));
        } else if (!occurrence.dropped().isEmpty()) {
            Paragraph dropped = new Paragraph(dropped(occurrence.dropped()));
            dropped.addClassName("slant-story-dropped");
            version.add(dropped);
        }
        return version;
    }

    /** The words dropped, or how many when they are many (the version is a part of a longer passage). */
    static String dropped(List<WordPlace> words) {
        String listed = words.stream().limit(MOST_DROPPED_LISTED).map(WordPlace::text)
                .collect(Collectors.joining(" "));
        return words.size() <= MOST_DROPPED_LISTED ? I18NProvider.translate("stories.version.drops", listed)
                : I18NProvider.translate("stories.version.drops-many", words.size(), listed);
    }

    /** Where the version sits: its paragraph, and the share of the article before it. */
    static String placement(Occurrence occurrence) {
        return placement(occurrence, "stories.version.placement");
    }

    /** @param key the message that puts the paragraph ({0}) and the share before it ({1}) together */
    static String placement(Occurrence occurrence, String key) {
        var place = occurrence.placement();
        String paragraph = place.paragraph() == 1 ? I18NProvider.translate("stories.version.first-paragraph")
                : place.paragraph() == place.paragraphs() ? I18NProvider.translate("stories.version.last-paragraph")
                : I18NProvider.translate("stories.version.paragraph", place.paragraph(), place.paragraphs());
        return I18NProvider.translate(key, paragraph, LocalFormats.percent(place.before(), 0));
    }

    /** The version's text in pieces: plain, and changed or added words (offsets relative to the article). */
    private static List<Span> marked(Occurrence occurrence) {
        record Mark(int start, int end, String kind, String title) {
        }
        List<Mark> marks = new ArrayList<>();
        occurrence.changed().forEach(change -> marks.add(new Mark(change.start(), change.end(), "changed",
                I18NProvider.translate("stories.version.changed", change.reference()))));
        occurrence.added().forEach(added -> marks.add(new Mark(added.start(), added.end(), "added",
                I18NProvider.translate("stories.version.added"))));
        marks.sort(Comparator.comparingInt(Mark::start));
        String text = occurrence.text();
        List<Span> pieces = new ArrayList<>();
        int at = 0;
        for (Mark mark : marks) {
            int from = mark.start() - occurrence.start();
            int to = mark.end() - occurrence.start();
            if (from < at) {
                continue;
            }
            pieces.add(new Span(slice(text, at, from)));
            Span word = new Span(slice(text, from, to));
            word.addClassName("slant-story-" + mark.kind());
            word.getElement().setAttribute("title", mark.title());
            pieces.add(word);
            at = to;
        }
        pieces.add(new Span(slice(text, at, text.codePointCount(0, text.length()))));
        return pieces;
    }

    private static String slice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
