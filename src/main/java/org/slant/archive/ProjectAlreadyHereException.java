package org.slant.archive;

import java.util.Optional;
import java.util.UUID;
import org.slant.platform.KeyedRefusal;
import org.slant.platform.Message;

/**
 * The archive's project is already in this installation: importing it again would give two rows one id. Only a
 * caller who may see that project (an admin, a member) learns its name and id; to others it stays unnamed.
 */
public class ProjectAlreadyHereException extends KeyedRefusal {

    private final UUID projectId;

    private ProjectAlreadyHereException(Message said, UUID projectId) {
        super(said);
        this.projectId = projectId;
    }

    /** For a caller who may see the project here. */
    static ProjectAlreadyHereException seen(UUID projectId, String nameHere) {
        return new ProjectAlreadyHereException(Message.of("archive.refusal.already-here", nameHere,
                projectId.toString()), projectId);
    }

    /** For a caller to whom the project here is not theirs to see: neither its name nor its id. */
    static ProjectAlreadyHereException unseen() {
        return new ProjectAlreadyHereException(Message.of("archive.refusal.already-here-unseen"), null);
    }

    /** The project's id, for a caller who may see it. */
    public Optional<UUID> projectId() {
        return Optional.ofNullable(projectId);
    }
}
