package org.slant.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.slant.annotation.api.PtcFormatUploads.tarGz;
import static org.slant.annotation.api.PtcFormatUploads.utf8;
import static org.slant.annotation.api.PtcFormatUploads.withByteOrderMark;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.CodePointText;
import org.slant.annotation.api.PtcFormatUploads.Multipart;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * PTC and SemEval labels through the annotation import API (docs/import.md#ptc-and-semeval-formatptc): a tar.gz as
 * the corpus is published, offsets shifted past a byte order mark, 2020 names mapped to the SemEval-2023 preset's,
 * spans as a model's suggestions, and refusals naming file, line and column with nothing stored.
 */
@SlantSpringTest
class PtcFormatImportApiTest {

    /** A title line, CRLF, a no-break space and emoji beyond the BMP. */
    static final String ARTICLE_1 = "Talks end 👋🏽 in Geneva\r\n\r\nThe\u00A0minister called it a “disgrace” "
            + "😡 today.\r\n";
    /** Uploaded with a byte order mark, which the labels' offsets count. */
    static final String ARTICLE_2 = "Flag 🇺🇸 wavers\nA\u00A0patriot’s duty, he said.\n";
    static final String LABELS = "1\tLoaded_Language\t52\t60\r\n1\tName_Calling,Labeling\t10\t22\r\n"
            + "1\tDoubt\t62\t69\r\n1\tLoaded_Language\t51\t61\r\n2\tFlag-Waving\t6\t15\r\n2\tSlogans\t1\t5\r\n";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    UUID projectId;
    User annotator;
    String suffix;

    @BeforeEach
    void aProjectAndAnAnnotator() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = corpus.createProject("PTC " + suffix, "").getId();
        annotator = users.save(new User("ptc-" + suffix, "PTC annotator", "{noop}secret", SystemRole.USER));
    }

    @Test
    void aTarGzAsPublishedImportsWithItsTechniquesCreatedAndOffsetsIntoTheStoredText() {
        Response response = admin().postFiles(path("format=ptc&annotator=" + annotator.getUsername()
                + "&layer=Propaganda&createMissing=true"), "file", List.of(new FilePart("ptc.tar.gz", corpus())));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode result = response.json();
        assertThat(result.get("documents").asInt()).isEqualTo(3);
        assertThat(result.get("spans").asInt()).isEqualTo(6);
        assertThat(result.get("annotators").asInt()).isEqualTo(1);
        assertThat(result.get("schemaCreated").values()).extracting(JsonNode::asString).containsExactly(
                "layer 'Propaganda'", "label 'Loaded_Language' of layer 'Propaganda'",
                "label 'Name_Calling,Labeling' of layer 'Propaganda'", "label 'Doubt' of layer 'Propaganda'",
                "label 'Flag-Waving' of layer 'Propaganda'", "label 'Slogans' of layer 'Propaganda'");

        assertThat(jdbc.queryForList("select external_id, title, text, meta->>'file' as file from document "
                + "where project_id = ? order by position", projectId)).extracting(row -> row.get("external_id"),
                row -> row.get("title"), row -> row.get("text"), row -> row.get("file")).containsExactly(
                tuple("1", "Talks end 👋🏽 in Geneva", ARTICLE_1, "datasets/train-articles/article1.txt"),
                tuple("2", "Flag 🇺🇸 wavers", ARTICLE_2, "datasets/train-articles/article2.txt"),
                tuple("3", "Quiet day", "Quiet day\n\nNothing happened.\n", "datasets/train-articles/article3.txt"));
        assertThat(storedSpans("span_annotation")).containsExactly(
                "1 Name_Calling,Labeling 10-22 '👋🏽 in Geneva'", "1 Loaded_Language 51-61 '“disgrace”'",
                "1 Loaded_Language 52-60 'disgrace'", "1 Doubt 62-69 '😡 today'", "2 Slogans 0-4 'Flag'",
                "2 Flag-Waving 5-14 '🇺🇸 wavers'");
        assertThat(jdbc.queryForObject("select count(*) from span_annotation s join document d on d.id = "
                + "s.document_id where d.project_id = ? and s.annotator_id <> ?", Long.class, projectId,
                annotator.getId())).isZero();
        // the labels file speaks for every article: the one without spans was annotated too, and nothing found
        assertThat(jdbc.queryForList("select d.external_id, a.status from assignment a join document d on d.id = "
                + "a.document_id where a.project_id = ? and a.annotator_id = ? order by d.position", projectId,
                annotator.getId())).extracting(row -> row.get("external_id"), row -> row.get("status"))
                .containsExactly(tuple("1", "DONE"), tuple("2", "DONE"), tuple("3", "DONE"));
    }

    @Test
    void aMappingTakes2020NamesIntoTheSemEval2023PresetAndPlainFilesWork() {
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.PERSUASION).orElseThrow());
        Map<String, Object[]> parts = new LinkedHashMap<>();
        parts.put("file#1", new Object[] {"article1.txt", utf8(ARTICLE_1)});
        parts.put("file#2", new Object[] {"article2.txt", withByteOrderMark(ARTICLE_2)});
        parts.put("file#3", new Object[] {"train-task2-TC.labels", utf8(LABELS)});
        parts.put("mapping", new Object[] {"ptc-2020-to-2023.json", utf8("""
                {"labels": {"Name_Calling,Labeling": "Name_Calling-Labeling", "Flag-Waving": "Flag_Waving"}}
                """)});
        Multipart body = Multipart.of(parts);

        Response response = admin().post(path("format=ptc&annotator=" + annotator.getUsername()
                + "&layer=Persuasion%20technique"), body.contentType(), BodyPublishers.ofByteArray(body.body()));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("schemaCreated").values()).isEmpty();
        assertThat(storedSpans("span_annotation")).containsExactly(
                "1 Name_Calling-Labeling 10-22 '👋🏽 in Geneva'", "1 Loaded_Language 51-61 '“disgrace”'",
                "1 Loaded_Language 52-60 'disgrace'", "1 Doubt 62-69 '😡 today'", "2 Slogans 0-4 'Flag'",
                "2 Flag_Waving 5-14 '🇺🇸 wavers'");
    }

    @Test
    void asAModelsSuggestionsTheSpansAreNobodysWork() {
        Response response = admin().postFiles(path("format=ptc&source=roberta-ptc&layer=Propaganda"
                + "&createMissing=true"), "file", List.of(new FilePart("ptc.tar.gz", corpus())));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("suggestions").asInt()).isEqualTo(6);
        assertThat(storedSpans("pre_annotation")).hasSize(6).contains("2 Flag-Waving 5-14 '🇺🇸 wavers'");
        assertThat(jdbc.queryForObject("select count(*) from span_annotation s join document d on d.id = "
                + "s.document_id where d.project_id = ?", Long.class, projectId)).isZero();
    }

    @Test
    void everyBadLineIsNamedByFileLineAndColumnAndNothingIsStored() {
        byte[] upload = tarGz(Map.of("datasets/train-articles/article2.txt", withByteOrderMark(ARTICLE_2),
                "datasets/train-task2-TC.labels", utf8("2\tSlogans\t0\t5\n9\tDoubt\t1\t2\n2\tDoubt\t3\t44\n")));

        Response response = admin().postFiles(path("format=ptc&annotator=" + annotator.getUsername()
                + "&layer=Propaganda&createMissing=true"), "file", List.of(new FilePart("ptc.tar.gz", upload)));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        String labels = "ptc.tar.gz, entry './datasets/train-task2-TC.labels', line ";
        assertThat(response.json().get("problems").values()).extracting(problem -> problem.get("where").asString(),
                problem -> problem.get("message").asString()).containsExactly(
                tuple(labels + "1, column 3 (start)", "start 0 covers article2.txt's byte order mark, which the "
                        + "offsets count and Slant does not keep: a span of this article starts at 1 or later"),
                tuple(labels + "2, column 1 (article id)", "no file article9.txt in the upload; upload the articles "
                        + "with their labels"),
                tuple(labels + "3, column 4 (end)", "end 44 is beyond the article's end: article2.txt has 43 code "
                        + "points, counting its byte order mark"));
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class,
                projectId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from layer where project_id = ?", Long.class, projectId))
                .isZero();
    }

    @Test
    void withoutCreateMissingTheTechniquesTheProjectLacksAreListed() {
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.PERSUASION).orElseThrow());

        Response response = admin().postFiles(path("format=ptc&annotator=" + annotator.getUsername()
                + "&layer=Persuasion%20technique"), "file", List.of(new FilePart("ptc.tar.gz", corpus())));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode first = response.json().get("problems").get(0);
        assertThat(first.get("where").asString()).isEqualTo("schema");
        assertThat(first.get("message").asString()).isEqualTo("the project lacks label 'Name_Calling,Labeling' of "
                + "layer 'Persuasion technique', label 'Flag-Waving' of layer 'Persuasion technique'; add them to "
                + "its schema, or import with createMissing=true to create them");
        assertThat(response.json().get("problems").get(1).get("where").asString()).isEqualTo("ptc.tar.gz, entry "
                + "'./datasets/train-task2-TC.labels', line 2, column 2 (technique)");
    }

    /** The corpus as published: articles in a folder, one labels file, an article without labels; tar's "./". */
    private static byte[] corpus() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("datasets/train-articles/article1.txt", utf8(ARTICLE_1));
        entries.put("datasets/train-articles/article2.txt", withByteOrderMark(ARTICLE_2));
        entries.put("datasets/train-articles/article3.txt", utf8("Quiet day\n\nNothing happened.\n"));
        entries.put("datasets/train-task2-TC.labels", utf8(LABELS));
        return tarGz(entries);
    }

    /** "externalId label start-end 'covered text'" for the project's spans in a table, in document and text order. */
    private List<String> storedSpans(String table) {
        return jdbc.queryForList("select d.external_id, d.text, l.name, s.start_offset, s.end_offset from " + table
                + " s join document d on d.id = s.document_id join label l on l.id = s.label_id where d.project_id "
                + "= ? order by d.position, s.start_offset, s.end_offset", projectId).stream()
                .map(row -> row.get("external_id") + " " + row.get("name") + " " + row.get("start_offset") + "-"
                        + row.get("end_offset") + " '" + new CodePointText((String) row.get("text")).slice(
                        (Integer) row.get("start_offset"), (Integer) row.get("end_offset")) + "'")
                .toList();
    }

    private String path(String query) {
        return "/api/v1/projects/" + projectId + "/annotations/import?" + query;
    }

    private ApiClient admin() {
        return ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
    }
}
