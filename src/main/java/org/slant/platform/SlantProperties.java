package org.slant.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slant's own settings. Each may be given as an environment variable: {@code SLANT_DATA_DIR},
 * {@code SLANT_ADMIN_PASSWORD}.
 *
 * @param dataDir where the embedded database keeps its files (used only when no external database is set)
 * @param adminPassword the password of the {@code admin} account created on first start; random when empty
 */
@ConfigurationProperties(prefix = "slant")
public record SlantProperties(Path dataDir, String adminPassword) {

    public SlantProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }
}
