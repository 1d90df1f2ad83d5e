package org.slant.archive;

/**
 * How many of each kind of row a project archive holds.
 *
 * @param annotators the accounts the archive names: annotators, actors of the history, members and assigners
 * @param members memberships with their roles (none in archives of format version 1)
 * @param assignments documents assigned to annotators, with their status (none in format version 1)
 */
public record ArchiveCounts(long stories, long outlets, long documents, long layers, long labels, long attributes,
        long spans, long answers, long events, long annotators, long members, long assignments) {
}
