package org.slant.corpus;

import java.time.Instant;
import java.util.UUID;

/** A project with its settings and the size of its corpus. */
public record ProjectDetails(UUID id, String name, String description, String guidelines,
        int annotatorsPerDocument, boolean blind, boolean snapToWords, Instant createdAt, long documents,
        long stories, long outlets) {
}
