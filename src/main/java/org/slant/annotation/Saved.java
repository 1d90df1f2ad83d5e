package org.slant.annotation;

/**
 * The outcome of a create.
 *
 * @param created false when a retried create found the very same annotation already stored
 */
public record Saved<T>(T annotation, boolean created) {
}
