package org.slant.demo;

import org.slant.KeepsSecurityContextStrategy;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ApiClient;
import org.slant.Application;
import org.slant.corpus.CorpusService;
import org.slant.platform.SystemTask;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the real application twice on one data directory, as a user restarting Slant would. */
@ExtendWith(OutputCaptureExtension.class)
@ExtendWith(KeepsSecurityContextStrategy.class)
class RestartTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Log in as 'admin' with the password: (\\S+)");

    @Test
    void keepsItsDataAcrossRestartsPrintsTheGeneratedAdminPasswordOnlyOnceAndLeavesADeletedDemoDeleted(@TempDir Path dataDir,
            CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("the first start prints a generated admin password").isTrue();
            password = printed.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(16);
            assertThat(output.getOut()).contains("Slant is ready at http://localhost:" + port(first) + "/");
            assertThat(ApiClient.basic(port(first), "admin", password).get("/api/v1/projects").status())
                    .isEqualTo(200);
            assertThat(SystemTask.run(() -> first.getBean(CorpusService.class).projects())).hasSize(1);
        }
        int printedBefore = count(output.getOut());

        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(count(output.getOut())).as("no second password").isEqualTo(printedBefore);
            var projects = SystemTask.run(() -> second.getBean(CorpusService.class).projects());
            assertThat(projects).hasSize(1);
            assertThat(projects.getFirst().name()).isEqualTo(DemoProject.NAME);
            assertThat(projects.getFirst().documents()).isEqualTo(5);
            assertThat(ApiClient.basic(port(second), "admin", password).get("/api/v1/projects").status())
                    .isEqualTo(200);
            assertThat(ApiClient.basic(port(second), "admin", "wrong").get("/api/v1/projects").status())
                    .isEqualTo(401);
            assertThat(ApiClient.basic(port(second), "admin", password).delete("/api/v1/projects/"
                    + projects.getFirst().id() + "?confirm=true").status()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext third = start(dataDir)) {
            assertThat(SystemTask.run(() -> third.getBean(CorpusService.class).projects()))
                    .as("a deleted demo project is not made again").isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // command-line arguments: they win over every properties file, as a user's would
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--slant.data-dir=" + dataDir, "--slant.admin-password=");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static int count(String output) {
        Matcher matcher = PRINTED_PASSWORD.matcher(output);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
