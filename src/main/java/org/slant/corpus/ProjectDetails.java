package org.slant.corpus;

import java.time.Instant;
import java.util.UUID;

/**
 * A project with its settings and the size of its corpus.
 *
 * @param outletBlind annotators read the articles without outlet, title and byline (see {@link ProjectSettings})
 */
public record ProjectDetails(UUID id, String name, String description, String guidelines,
        int annotatorsPerDocument, boolean blind, boolean snapToWords, boolean outletBlind, Instant createdAt,
        long documents, long stories, long outlets) {
}
