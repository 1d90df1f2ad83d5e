package org.slant.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The views take their texts from the translations: every key the code names exists, and no English sentence is
 * written into a view's code, where German readers would meet it untranslated.
 */
class TextsInCodeTest {

    private static final Path SOURCES = Path.of("src/main/java/org/slant");
    private static final Pattern KEY = Pattern.compile("\"((?:" + String.join("|", Translations.FEATURES)
            + ")\\.[a-z0-9-]+(?:\\.[a-zA-Z0-9-]+)+)\"");
    /** A key's start that the code completes, e.g. with an enum's name: "agreement.measure." + measure. */
    private static final Pattern KEY_PREFIX = Pattern.compile("\"((?:" + String.join("|", Translations.FEATURES)
            + ")\\.[a-z0-9.-]+\\.)\"");
    /**
     * Words for people in a view's code: a literal that starts with a capital word followed by a space or a
     * punctuation mark ("Save profile", "Done.", "Layer: "), or a text given to a component's text, label,
     * tooltip, title or placeholder.
     */
    private static final Pattern ENGLISH = Pattern.compile(
            "\"[A-Z][a-z]+(?:[ ,.:;!?…’']|\")"
            + "|(?:setText|setLabel|setPlaceholder|setHelperText|setHeaderTitle|setTooltipText|setHeader"
            + "|setErrorMessage|setSummaryText|setAriaLabel|setTitle)\\(\"[a-zA-Z]"
            + "|setAttribute\\(\"(?:title|aria-label|placeholder)\", \"[a-zA-Z]"
            + "|@PageTitle");

    /** Words for the log or for a programmer's exception, not for the reader. */
    private static final Pattern LOG_OR_EXCEPTION = Pattern.compile(
            "\\b(?:log|LOG)\\.(?:trace|debug|info|warn|error)\\(|new \\w*Exception\\(\"");

    private final Translations translations = new Translations();

    @Test
    void everyKeyTheCodeNamesHasAText() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            String code = Files.readString(file);
            Matcher keys = KEY.matcher(code);
            while (keys.find()) {
                if (!translations.has(keys.group(1))) {
                    missing.add(SOURCES.relativize(file) + ": " + keys.group(1));
                }
            }
            Matcher prefixes = KEY_PREFIX.matcher(code);
            while (prefixes.find()) {
                String prefix = prefixes.group(1);
                if (translations.keys(Translations.ENGLISH).stream().noneMatch(key -> key.startsWith(prefix))) {
                    missing.add(SOURCES.relativize(file) + ": " + prefix + "…");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noViewWritesEnglishIntoItsCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")
                        || line.contains("executeJs(") || LOG_OR_EXCEPTION.matcher(line).find()) {
                    continue;
                }
                if (ENGLISH.matcher(line).find() && !line.contains("\"Slant\"")) {
                    found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(found).as("English written into views; move it to i18n/<feature>.properties").isEmpty();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
