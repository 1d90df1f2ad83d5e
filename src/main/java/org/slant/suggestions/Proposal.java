package org.slant.suggestions;

import java.util.Map;

/**
 * What a rule that reads the text proposes, in the preset's words: the label by name, attribute values by attribute
 * name. The service gives it the project's ids, where the project's schema has that label (and those attributes).
 *
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive
 */
record Proposal(String label, int start, int end, Map<String, Object> attributes, String note) {
}
