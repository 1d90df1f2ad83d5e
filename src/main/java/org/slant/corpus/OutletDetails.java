package org.slant.corpus;

import java.util.UUID;

/** An outlet with the number of its documents in the project. */
public record OutletDetails(UUID id, String name, String leaning, long documents) {
}
