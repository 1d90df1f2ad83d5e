package org.slant.curation;

import java.util.UUID;
import org.slant.platform.KeyedRefusal;
import org.slant.platform.Message;

/**
 * A gold change that cannot be made as asked because the stored gold is not what the caller thinks: changed
 * elsewhere since it was read, or the id already taken by other content. The REST API answers 409.
 */
public class GoldConflictException extends KeyedRefusal {

    private final UUID goldId;
    private final Long currentVersion;

    GoldConflictException(Message said, UUID goldId, Long currentVersion) {
        super(said);
        this.goldId = goldId;
        this.currentVersion = currentVersion;
    }

    public UUID goldId() {
        return goldId;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
