package org.slant.annotation;

import java.util.Map;

/**
 * The outcome of distributing a project's documents.
 *
 * @param created the assignments made now (work already assigned stays)
 * @param shares every annotator's documents after the distribution, by username
 */
public record Distribution(int k, int created, Map<String, Integer> shares) {
}
