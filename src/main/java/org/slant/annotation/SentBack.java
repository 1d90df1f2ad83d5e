package org.slant.annotation;

import java.time.Instant;

/**
 * A curator's or manager's request that an annotator look at a finished document again, as the annotator's queue
 * shows it while the document is back with them.
 *
 * @param by the display name of whoever sent it back
 * @param note what to look at again; null when none was given
 */
public record SentBack(String by, Instant at, String note) {
}
