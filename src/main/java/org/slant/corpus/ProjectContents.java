package org.slant.corpus;

import java.util.List;
import java.util.UUID;
import org.slant.platform.Message;

/**
 * What a feature keeps of a project, asked before the project is deleted: the features that keep a project's data
 * answer it (schema, the annotators' work, gold); the corpus depends on none of them. The database removes the rows
 * that hang on the project by foreign key; {@link #deleteWith} removes the rest (histories have no foreign keys).
 */
public interface ProjectContents {

    /**
     * What this feature keeps of the project, in the confirmation's words ("412 spans"), by key so that each reader
     * reads them in their language; nothing when empty.
     */
    List<Message> describe(UUID projectId);

    /**
     * Removes what the project's deletion would not take with it, in the deletion's transaction; nothing for a
     * feature whose rows all hang on the project by foreign key.
     */
    default void deleteWith(UUID projectId) {
    }
}
