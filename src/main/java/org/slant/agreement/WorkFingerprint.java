package org.slant.agreement;

import java.util.List;
import org.slant.annotation.query.AssignmentStates;
import org.slant.annotation.query.ProjectWork;
import org.slant.corpus.DocumentGroups;
import org.slant.curation.query.ProjectGold;
import org.slant.schema.LayerSchema;

/**
 * Everything of a project an agreement report rests on besides the options, in a form cheap to read and compare: a
 * kept report is still right while its project's fingerprint is the same. Each part comes from the module that owns
 * it; the texts are left out because they never change.
 *
 * @param annotations the spans and answers (their history's length and last change)
 * @param assignments whose work on which document is done or in progress
 * @param groups the project's name, and the documents' stories and outlets with their names
 * @param layers the schema: layers and labels with their names, kinds and order
 * @param gold the gold and curation status (its history's length and last change) when gold is a rater, else null
 */
record WorkFingerprint(ProjectWork.Changes annotations, AssignmentStates.Summary assignments,
        DocumentGroups.Summary groups, List<LayerSchema> layers, ProjectGold.Changes gold) {

    WorkFingerprint {
        layers = List.copyOf(layers);
    }
}
