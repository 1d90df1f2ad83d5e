package org.slant.annotation;

import java.util.List;
import java.util.UUID;

/**
 * A document of a project and who has it to annotate, with how far each of them is: a row of the assignment page.
 *
 * @param holders by username; empty when the document is nobody's yet
 */
public record DocumentHolders(UUID documentId, int position, String title, List<Holder> holders) {

    public record Holder(String annotator, AssignmentStatus status) {
    }
}
