package org.slant.curation;

import java.util.UUID;

/** Which documents the curation queue lists: of one story, one outlet, one curation status. Nulls do not filter. */
public record QueueFilter(UUID storyId, UUID outletId, CurationStatus status) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null);
}
