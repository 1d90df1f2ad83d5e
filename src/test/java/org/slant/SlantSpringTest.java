package org.slant;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on its own embedded PostgreSQL. Every test class with this annotation
 * shares one application context (and database), so keep such tests independent of each other's data. The test's
 * own thread is signed in as the admin unless the test signs in as someone else. Its clock is a {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SignedInAsAdmin.class)
@Import(TestClock.Configuration.class)
public @interface SlantSpringTest {

    /** The admin password the tests' configuration sets. */
    String ADMIN_PASSWORD = "test-admin-password";
}
