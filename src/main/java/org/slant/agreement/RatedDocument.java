package org.slant.agreement;

import java.util.List;
import java.util.UUID;

/**
 * A document whose work by at least two of the chosen annotators counts, with that work.
 *
 * @param text the document's text (code point offsets apply)
 * @param length its length in code points
 * @param raters indices into the report's annotator list, ascending
 * @param spans each rater's spans by layer: {@code spans.get(rater position).get(layer position)}
 * @param answers each rater's answers by layer: label names (most layers allow one)
 */
record RatedDocument(UUID id, String title, UUID outletId, String outlet, UUID storyId, String story, String text,
        int length, int[] raters, List<List<List<SpanRef>>> spans, List<List<List<String>>> answers) {

    int raterCount() {
        return raters.length;
    }
}
