package org.slant.progress;

/** How many documents have {@code done} of their k annotations done (done annotations beyond k count as k). */
public record DoneLevel(int done, long documents) {
}
