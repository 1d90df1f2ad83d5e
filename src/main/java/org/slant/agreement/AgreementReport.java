package org.slant.agreement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every agreement figure of a project for the chosen work, and the passages annotators disagree on most.
 *
 * @param documents the documents compared (at least two annotators' work counts)
 * @param annotators the usernames of the annotators compared
 * @param disagreements the lowest-agreement passages, at most {@link AgreementService#DISAGREEMENTS_LISTED}
 * @param disagreementCount how many passages disagree in all
 */
public record AgreementReport(UUID projectId, String projectName, Instant generatedAt, AgreementOptions options,
        int documents, List<String> annotators, List<Figure> figures, List<Disagreement> disagreements,
        long disagreementCount) {

    public AgreementReport {
        annotators = List.copyOf(annotators);
        figures = List.copyOf(figures);
        disagreements = List.copyOf(disagreements);
    }
}
