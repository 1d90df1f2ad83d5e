package org.slant.archive;

/** How many of each kind of row a project archive holds. */
public record ArchiveCounts(long stories, long outlets, long documents, long layers, long labels, long attributes,
        long spans, long answers, long events, long annotators) {
}
