package org.slant.stories.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.ui.SpanAnnotator;
import tools.jackson.databind.json.JsonMapper;

/**
 * One column of the story view: the annotate view's span annotator on one article (the same saving, keys, undo and
 * redo), compact, with the story's shared passages highlighted in their colours (frontend/stories).
 */
@Tag("slant-story-column")
@JsModule("./stories/slant-story-column.ts")
public class StoryColumn extends SpanAnnotator {

    private final JsonMapper json;

    StoryColumn(AnnotationService annotations, JsonMapper json) {
        super(annotations, json);
        this.json = json;
    }

    /** Where each passage stands in this column's article (code points). */
    record PassagePlace(int id, int start, int end) {
    }

    void showPassages(List<PassagePlace> places) {
        getElement().setProperty("passages", json.writeValueAsString(places));
    }

    /** Scrolls the column so that the passage stands {@code top} px below the top of its text. */
    void alignPassage(int passageId, int top) {
        getElement().callJsFunction("alignPassage", passageId, top);
    }
}
