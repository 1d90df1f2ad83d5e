package org.slant.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many exports may be prepared at once. Set as {@code slant.export.max-concurrent} (or the environment variable
 * {@code SLANT_EXPORT_MAX_CONCURRENT}). Each export being prepared keeps a core busy and a database snapshot open;
 * beyond the limit an export is refused (503 with {@code Retry-After}) rather than slowing down all the others.
 *
 * @param maxConcurrent the most exports prepared at the same time, by the REST API and the web UI together
 */
@ConfigurationProperties("slant.export")
public record ExportLimits(@DefaultValue("2") int maxConcurrent) {

    public ExportLimits {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("slant.export.max-concurrent must be 1 or more, not " + maxConcurrent);
        }
    }
}
