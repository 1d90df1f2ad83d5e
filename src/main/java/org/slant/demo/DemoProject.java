package org.slant.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.Project;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start (no projects yet) creates the demo project from the seeds: five outlets' coverage of the
 * NATO–Russia Council meeting of 12 January 2022, with the Framing, Sourcing, Tone and Text-hygiene layers, so a new
 * user can annotate within a minute.
 */
@Component
class DemoProject implements ApplicationRunner {

    static final String NAME = "NATO–Russia Council, 12 Jan 2022";
    static final String STORY = "NATO–Russia Council meeting in Brussels";
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

    DemoProject(CorpusService corpus, SchemaService schema, JdbcTemplate jdbc) {
        this.corpus = corpus;
        this.schema = schema;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
        if (corpus.hasProjects()) {
            return;
        }
        Project project = corpus.createProject(NAME, """
                Five outlets' coverage of the NATO–Russia Council meeting in Brussels on 12 January 2022: \
                promo headlines inside the body, second-hand sourcing, wire copy and one quote kept or cut \
                differently by each outlet.""");
        project.setGuidelines(guidelines());
        corpus.createStory(project.getId(), STORY, LocalDate.of(2022, 1, 12),
                "The first NATO–Russia Council meeting in two years, amid Russia's military build-up near Ukraine.",
                MAIN_ENTITIES);
        for (String preset : PRESETS) {
            schema.addPreset(project.getId(), SchemaPresets.byId(preset).orElseThrow());
        }
        List<NewDocument> documents = readSeeds();
        corpus.addDocuments(project.getId(), documents);
        log.info("Created the demo project \"{}\" with {} documents", NAME, documents.size());
    }

    private static List<NewDocument> readSeeds() throws IOException {
        List<NewDocument> documents = new ArrayList<>();
        try (Reader manifest = new InputStreamReader(open("manifest.csv"), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(manifest)) {
                String text;
                try (InputStream in = open(row.get("file"))) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String outlet = row.get("outlet");
                String headline = row.get("headline").strip();
                String title = headline.isEmpty() ? outlet + ": " + Titles.fromText(text) : headline;
                documents.add(new NewDocument(title, text, outlet, STORY, null, LocalDate.parse(row.get("published")),
                        row.get("file"), Map.of("seed", row.get("file"))));
            }
        }
        return documents;
    }

    private static InputStream open(String name) throws IOException {
        return new ClassPathResource(SEEDS + name).getInputStream();
    }

    private static String guidelines() throws IOException {
        try (InputStream in = new ClassPathResource("demo/guidelines.md").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
