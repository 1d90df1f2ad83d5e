package org.slant.corpus;

import java.time.Instant;
import java.util.UUID;

/** A project as lists show it, with the size of its corpus. */
public record ProjectSummary(UUID id, String name, String description, Instant createdAt, long documents,
        long stories, long outlets) {
}
