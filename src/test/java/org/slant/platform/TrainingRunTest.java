package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Application;
import org.slant.KeepsSecurityContextStrategy;

/**
 * A training run for the AOT cache ({@code java -jar slant.jar} with SLANT_TRAINING_RUN=true) starts Slant
 * completely, its database set up, then stops by itself with everything closed: main returns and no PostgreSQL is
 * left running on the data directory.
 */
@ExtendWith(KeepsSecurityContextStrategy.class)
class TrainingRunTest {

    @Test
    void aTrainingRunStartsEverythingAndStopsItsDatabase(@TempDir Path dataDir) {
        Application.main(new String[] {"--server.port=0", "--slant.data-dir=" + dataDir,
                "--" + TrainingRun.PROPERTY + "=true"});

        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        // PostgreSQL removes its pid file when it has shut down
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).isFalse();
    }
}
