package org.slant.annotation.importing;

import java.util.Map;

/**
 * One answer to a question about the whole document (a label of a document layer), as a file has it.
 *
 * @param layer the document layer's name; {@code null} when the format has none
 * @param attributes attribute values by attribute name
 */
public record ImportedAnswer(Place place, String layer, String label, Map<String, Object> attributes) {

    public ImportedAnswer {
        attributes = attributes == null ? Map.of() : attributes;
    }
}
