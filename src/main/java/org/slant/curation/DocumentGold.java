package org.slant.curation;

import java.util.List;

/** A document's gold: where its curation stands, its spans (by start, end) and its answers. */
public record DocumentGold(CurationStatus status, List<GoldSpan> spans, List<GoldAnswer> answers) {
}
