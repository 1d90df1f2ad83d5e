package org.slant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature modules' boundaries (docs/decisions/0019-module-boundaries.md). */
class ModuleBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/slant");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Whose each table is: the module that writes it and answers for its columns. */
    private static final Map<String, Set<String>> TABLES = Map.of(
            "team", Set.of("app_user", "annotator_profile", "membership", "access_token", "login_failure",
                    "login_lock"),
            "corpus", Set.of("project", "story", "outlet", "document", "project_deletion"),
            "schema", Set.of("layer", "label", "attribute_definition"),
            "annotation", Set.of("span_annotation", "document_answer", "annotation_event", "assignment", "send_back",
                    "pre_annotation"),
            "curation", Set.of("gold_span", "gold_answer", "gold_event", "curation"),
            "suggestions", Set.of("suggestion_decision"));

    /**
     * The other modules' tables a module's SQL may still name, each a deliberate choice: joining the documents'
     * order, titles and outlets, and people's names, into the query that reads the work keeps reports, exports and
     * dashboards one pass over the database. Annotation's own tables are read through
     * {@code org.slant.annotation.query} and nowhere else, except by the archive, which copies every table of a
     * project column by column and checks its column lists against the database (ArchivedTableTest).
     */
    private static final Map<String, Set<String>> MAY_ALSO_NAME = Map.of(
            "annotation", Set.of("project", "story", "outlet", "document", "layer", "label", "app_user"),
            "agreement", Set.of("document"),
            "curation", Set.of("document", "layer", "label", "app_user"),
            "export", Set.of("document", "app_user"),
            "progress", Set.of("story", "outlet", "document"),
            "archive", TABLES.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));

    private static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+("
            + TABLES.values().stream().flatMap(Set::stream).collect(Collectors.joining("|")) + ")\\b");

    private static final Pattern CREATED_TABLE = Pattern.compile("(?i)\\bcreate table\\s+(\\w+)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void featureModulesUseOnlyEachOthersPublishedTypes() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void everyTableHasAnOwningModule() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.forEach(file -> CREATED_TABLE.matcher(read(file)).results()
                    .forEach(table -> created.add(table.group(1).toLowerCase())));
        }
        assertThat(created).isEqualTo(TABLES.values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void aModulesSqlNamesItsOwnTablesAndOnlyTheOthersItMayRead() throws IOException {
        List<String> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String module = SOURCES.relativize(file).getName(0).toString();
                Set<String> mayName = new TreeSet<>(TABLES.getOrDefault(module, Set.of()));
                mayName.addAll(MAY_ALSO_NAME.getOrDefault(module, Set.of()));
                tablesNamed(read(file)).stream().filter(table -> !mayName.contains(table))
                        .forEach(table -> uses.add(file + " names " + table));
            });
        }
        assertThat(uses).isEmpty();
    }

    @Test
    void findsTablesNamedInStringsAndTextBlocksButNotInProse() {
        String source = """
                /** Counts rows from assignment, in prose. */
                class Example {
                    String one = "select count(*) from span_annotation where document_id = ?";
                    String two = \"""
                            select a.id from document d
                            join Assignment a on a.document_id = d.id\""";
                    String prose = "the assignment is done";
                    String other = "select * from document";
                }
                """;

        assertThat(tablesNamed(source)).containsExactly("assignment", "document", "document", "span_annotation");
    }

    /** The tables the string literals of a Java source name in a query, sorted. */
    static List<String> tablesNamed(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        List<String> tables = new ArrayList<>();
        for (String literal : literals) {
            Matcher use = TABLE_USE.matcher(literal);
            while (use.find()) {
                tables.add(use.group(1).toLowerCase());
            }
        }
        return tables.stream().sorted().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
