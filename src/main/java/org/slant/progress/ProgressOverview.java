package org.slant.progress;

import java.util.List;

/**
 * Everything the progress dashboard shows of a project but its list of documents, taken at one moment.
 *
 * @param doneLevels documents by number of done annotations, from 0 to k, every level listed
 * @param outlets by name, the documents without an outlet last
 * @param storiesFurthestBehind the stories with the smallest share done first (of equal shares, the larger first), as
 *     many as asked for
 * @param stories how many stories there are in all (the documents without a story count as one)
 */
public record ProgressOverview(ProgressSummary summary, List<AnnotatorProgress> annotators,
        List<DoneLevel> doneLevels, List<GroupProgress> outlets, List<GroupProgress> storiesFurthestBehind,
        long stories) {
}
