package org.slant.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A training run for the JDK's AOT cache ({@code slant.training-run}, env {@code SLANT_TRAINING_RUN}; README):
 * Slant starts as usual, answers its own login page once (so that the classes of a first request are cached too),
 * waits for the repositories built after start-up ({@link RepositoryWarmUp}), and stops cleanly, its embedded
 * PostgreSQL with it. Spring's {@code -Dspring.context.exit=onRefresh} would halt the JVM without closing anything,
 * leaving the embedded PostgreSQL running.
 */
public final class TrainingRun {

    public static final String PROPERTY = "slant.training-run";
    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    private TrainingRun() {
    }

    /** Once Slant has started: in a training run, stops it; otherwise does nothing. */
    public static void finishIfAsked(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().getProperty(PROPERTY, Boolean.class, false)) {
            return;
        }
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            askForLoginPage(web.getWebServer().getPort());
        }
        awaitRepositories(context);
        log.info("Training run done: stopping");
        SpringApplication.exit(context);
    }

    /** The repositories are built after start-up, in the background: their classes belong in the cache too. */
    private static void awaitRepositories(ConfigurableApplicationContext context) {
        try {
            int count = context.getBean(RepositoryWarmUp.class).awaitBuilt(Duration.ofMinutes(2));
            log.info("Training run: {} repositories built", count);
        } catch (Exception e) {
            log.warn("Training run: the repositories were not built: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void askForLoginPage(int port) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/login")).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
            log.info("Training run: the login page answered {}", answer.statusCode());
        } catch (Exception e) {
            // the cache is still written, only without a request's classes
            log.warn("Training run: the login page did not answer: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
