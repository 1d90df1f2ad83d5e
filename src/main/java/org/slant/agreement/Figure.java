package org.slant.agreement;

import java.util.List;
import java.util.UUID;

/**
 * One agreement figure of a report, with what it rests on.
 *
 * @param label null for all labels of the layer
 * @param scopeId the outlet, story or document; null for the project and for pairs
 * @param scopeName the outlet's name, the story's title, the document's title, or "alice × bob" for a pair
 * @param pair the two annotators' usernames for pairwise figures, else empty
 * @param value null when undefined for these data (shown as "undefined", never 0 or NaN)
 * @param units the units it rests on (spans, tokens or documents: {@link Measure#unit()})
 * @param annotators how many annotators it compares
 * @param documents how many documents it rests on
 */
public record Figure(String layer, String label, Measure measure, Scope scope, UUID scopeId, String scopeName,
        List<String> pair, Double value, long units, int annotators, int documents) {

    public Figure {
        pair = List.copyOf(pair);
    }

    public boolean defined() {
        return value != null;
    }
}
