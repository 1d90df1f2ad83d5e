package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.repository.Repository;

/** The repositories are bootstrapped lazily, so that they are no part of a start, and built right after it. */
@SlantSpringTest
class RepositoryWarmUpTest {

    @Autowired
    RepositoryWarmUp warmUp;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

    @Test
    void everyRepositoryIsBuiltAfterStartUp() throws Exception {
        assertThat(environment.getProperty("spring.data.jpa.repositories.bootstrap-mode")).isEqualTo("lazy");
        int repositories = context.getBeanNamesForType(Repository.class, true, false).length;
        assertThat(repositories).as("corpus 4, schema 1, annotation 3, curation 2, team 3").isGreaterThanOrEqualTo(13);
        assertThat(warmUp.awaitBuilt(Duration.ofMinutes(1))).isEqualTo(repositories);
    }
}
