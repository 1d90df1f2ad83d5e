package org.slant.bench;

import java.time.LocalDate;
import java.util.Map;

/** One generated article with the fields of Slant's JSONL import (ARCHITECTURE.md), plus its word count. */
public record SyntheticDocument(String text, String title, String outlet, String story, String url, LocalDate published,
        String externalId, Map<String, Object> meta, int words) {
}
