package org.slant.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the TypeScript unit tests of src/test/frontend (the annotator's offset and snapping rules) with Node's own test
 * runner, which strips types itself: no npm packages, the Node the build provisions.
 */
class FrontendUnitTest {

    private static final Path TESTS = Path.of("src", "test", "frontend");

    @Test
    void theFrontendUnitTestsPass() throws IOException, InterruptedException {
        List<String> files;
        try (Stream<Path> found = Files.walk(TESTS)) {
            files = found.map(Path::toString).filter(name -> name.endsWith(".test.ts")).sorted().toList();
        }
        assertThat(files).as("TypeScript tests under " + TESTS).isNotEmpty();
        List<String> command = Stream.concat(Stream.of(node(), "--test", "--test-reporter=spec"), files.stream())
                .toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("pass").doesNotContain("# fail 1");
    }

    /** The Node the build provisioned (it runs TypeScript directly); else the one on the PATH. */
    private static String node() {
        String bin = System.getProperty("slant.node.bin", "");
        Path provisioned = Path.of(bin, "node");
        return !bin.isBlank() && Files.isExecutable(provisioned) ? provisioned.toString() : "node";
    }
}
