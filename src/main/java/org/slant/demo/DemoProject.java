package org.slant.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slant.annotation.AnnotationImport;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.corpus.Project;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.SystemTask;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * On first start (no projects yet) creates the demo project from the seeds: five outlets' coverage of the
 * NATO–Russia Council meeting of 12 January 2022, with the Framing, Sourcing, Tone and Text-hygiene layers, so a new
 * user can annotate within a minute; and with the done work of three fictional annotators ({@link DemoWork}), so that
 * progress, agreement with its disagreements, curation and exports show something on the first start, and the user's
 * own work can be compared with theirs. Each document goes to four annotators: the three and the user.
 */
@Component
class DemoProject implements SmartInitializingSingleton {

    static final String NAME = "NATO–Russia Council, 12 Jan 2022";
    static final String STORY = "NATO–Russia Council meeting in Brussels";
    /** The three fictional annotators and the user. */
    static final int ANNOTATORS_PER_DOCUMENT = 4;
    private static final String SEEDS = "seeds/";
    private static final List<String> PRESETS = List.of(SchemaPresets.FRAMING, SchemaPresets.SOURCING,
            SchemaPresets.TONE, SchemaPresets.TEXT_HYGIENE);
    private static final List<String> MAIN_ENTITIES = List.of("NATO", "Russia", "Ukraine", "United States",
            "Jens Stoltenberg", "Vladimir Putin", "Alexander Grushko", "Wendy Sherman", "Joe Biden");
    /** Serialises the first-start check across instances that share one database. */
    private static final long LOCK = 0x51A47_0001L;
    private static final Logger log = LoggerFactory.getLogger(DemoProject.class);

    private final CorpusService corpus;
    private final SchemaService schema;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AnnotationImport annotationImport;
    private final JsonMapper json;

    DemoProject(CorpusService corpus, SchemaService schema, JdbcTemplate jdbc, TransactionTemplate transaction,
            AnnotationImport annotationImport, JsonMapper json) {
        this.annotationImport = annotationImport;
        this.json = json;
        this.corpus = corpus;
        this.schema = schema;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Before the web server opens, so the first page a user sees already lists the demo project. */
    @Override
    public void afterSingletonsInstantiated() {
        SystemTask.run(() -> transaction.executeWithoutResult(status -> createIfNoProjects()));
    }

    void createIfNoProjects() {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
        if (corpus.hasHadProjects()) {
            return;
        }
        Project project = corpus.createProject(new ProjectSettings(NAME, """
                Five outlets' coverage of the NATO–Russia Council meeting in Brussels on 12 January 2022: \
                promo headlines inside the body, second-hand sourcing, wire copy and one quote kept or cut \
                differently by each outlet.""", read("demo/guidelines.md"), ANNOTATORS_PER_DOCUMENT, true, true));
        corpus.createStory(project.getId(), STORY, LocalDate.of(2022, 1, 12),
                "The first NATO–Russia Council meeting in two years, amid Russia's military build-up near Ukraine.",
                MAIN_ENTITIES);
        for (String preset : PRESETS) {
            schema.addPreset(project.getId(), SchemaPresets.byId(preset).orElseThrow());
        }
        List<NewDocument> documents = readSeeds();
        corpus.addDocuments(project.getId(), documents);
        DemoWork work = new DemoWork(seedTexts(documents), read("demo/work.tsv"), json);
        AnnotationImport.Result imported = annotationImport.importOwnJsonl(project.getId(), "demo/work.tsv",
                work.jsonl());
        log.info("Created the demo project \"{}\" with {} documents and {} spans and {} answers by {}", NAME,
                documents.size(), imported.spans(), imported.answers(), String.join(", ", work.annotators()));
    }

    /** The seeds' texts by their number, the first three characters of their file's name ("000"). */
    private static Map<String, String> seedTexts(List<NewDocument> documents) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        documents.forEach(document -> texts.put(document.externalId().substring(0, 3), document.text()));
        return texts;
    }

    private static List<NewDocument> readSeeds() {
        List<NewDocument> documents = new ArrayList<>();
        try (Reader manifest = new StringReader(read(SEEDS + "manifest.csv"))) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(manifest)) {
                String text = read(SEEDS + row.get("file"));
                String outlet = row.get("outlet");
                String headline = row.get("headline").strip();
                String title = headline.isEmpty() ? outlet + ": " + DocumentText.titleFrom(text) : headline;
                documents.add(new NewDocument(title, text, outlet, STORY, null, LocalDate.parse(row.get("published")),
                        row.get("file"), Map.of("seed", row.get("file"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The demo corpus's manifest cannot be read", e);
        }
        return documents;
    }

    /** A resource of the application's own, decoded as UTF-8 byte for byte. */
    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo corpus's " + resource + " cannot be read", e);
        }
    }
}
