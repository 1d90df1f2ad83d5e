package org.slant.archive;

/**
 * How many of each kind of row a project archive holds.
 *
 * @param annotators the accounts the archive names: annotators, actors of the history, members and assigners
 * @param members memberships with their roles (none in archives of format version 1)
 * @param assignments documents assigned to annotators, with their status (none in format version 1)
 * @param goldSpans the curated spans (none in format versions 1 and 2, nor do the three counts after it)
 * @param goldAnswers the curated answers about whole documents
 * @param curationStatuses documents whose curation has begun: in progress or curated
 * @param goldEvents the gold history: changes to gold, documents marked curated and reopened
 * @param preAnnotations spans imported as suggestions of a named source (none before format version 5)
 */
public record ArchiveCounts(long stories, long outlets, long documents, long layers, long labels, long attributes,
        long spans, long answers, long events, long annotators, long members, long assignments, long goldSpans,
        long goldAnswers, long curationStatuses, long goldEvents, long preAnnotations) {

    /** The first format version whose manifest has the count; an older archive has none of those rows. */
    static int since(String count) {
        return switch (count) {
            case "members", "assignments" -> 2;
            case "goldSpans", "goldAnswers", "curationStatuses", "goldEvents" -> 3;
            case "preAnnotations" -> 5;
            default -> 1;
        };
    }
}
