package org.slant.archive;

import java.util.Optional;
import java.util.UUID;

/**
 * The archive's project is already in this installation: importing it again would give two rows one id. Only a
 * caller who may see that project (an admin, a member) learns its name and id; to others it stays unnamed.
 */
public class ProjectAlreadyHereException extends RuntimeException {

    private static final String NEVER_OVERWRITES = "An archive adds its project to an installation that does not "
            + "have it; it never overwrites or merges into a project that is already here.";

    private final UUID projectId;

    private ProjectAlreadyHereException(String message, UUID projectId) {
        super(message);
        this.projectId = projectId;
    }

    /** For a caller who may see the project here. */
    static ProjectAlreadyHereException seen(UUID projectId, String nameHere) {
        return new ProjectAlreadyHereException("This project is already here: '" + nameHere + "' has the archive's "
                + "project id " + projectId + ". " + NEVER_OVERWRITES, projectId);
    }

    /** For a caller to whom the project here is not theirs to see: neither its name nor its id. */
    static ProjectAlreadyHereException unseen() {
        return new ProjectAlreadyHereException("A project with this archive's id is already here, in this "
                + "installation; ask its managers or an administrator. " + NEVER_OVERWRITES, null);
    }

    /** The project's id, for a caller who may see it. */
    public Optional<UUID> projectId() {
        return Optional.ofNullable(projectId);
    }
}
