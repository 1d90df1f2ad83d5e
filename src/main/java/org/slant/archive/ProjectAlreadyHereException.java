package org.slant.archive;

import java.util.UUID;

/** The archive's project is already in this installation: importing it again would give two rows one id. */
public class ProjectAlreadyHereException extends RuntimeException {

    private final UUID projectId;

    public ProjectAlreadyHereException(UUID projectId, String nameHere) {
        super("This project is already here: '" + nameHere + "' has the archive's project id " + projectId
                + ". An archive adds its project to an installation that does not have it; it never overwrites "
                + "or merges into a project that is already here.");
        this.projectId = projectId;
    }

    public UUID projectId() {
        return projectId;
    }
}
