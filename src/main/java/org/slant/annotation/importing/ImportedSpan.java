package org.slant.annotation.importing;

import java.util.Map;

/**
 * One span as a file has it.
 *
 * @param place where it is in the upload
 * @param layer the layer's name; {@code null} when the format has none (the import's layer is taken then)
 * @param label the label's name as the file writes it (the import's mapping may rename it)
 * @param start Unicode code point offset into the text as Slant stores it (a byte order mark removed), inclusive
 * @param end code point offset, exclusive
 * @param text the text the file says the span covers, checked against the document; {@code null} when it says none
 * @param attributes attribute values by attribute name (empty when none)
 */
public record ImportedSpan(Place place, String layer, String label, int start, int end, String text,
        Map<String, Object> attributes) {

    public ImportedSpan {
        attributes = attributes == null ? Map.of() : attributes;
    }
}
