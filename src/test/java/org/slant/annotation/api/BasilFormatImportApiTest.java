package org.slant.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.slant.annotation.api.PtcFormatUploads.tarGz;
import static org.slant.annotation.api.PtcFormatUploads.utf8;
import static org.slant.annotation.api.PtcFormatUploads.withByteOrderMark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.CodePointText;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * BASIL through the annotation import API (docs/import.md#basil-formatbasil), into a project set up with Slant's
 * BASIL preset: an event's articles as one story with their outlets, each phrase located in its sentence with its
 * attributes by the preset's names, the relative stance as an answer; and what it refuses.
 */
@SlantSpringTest
class BasilFormatImportApiTest {

    static final String EVENT = "0d10341a-9dba-4374-a524-814c300d1611";
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Emoji beyond the BMP, a no-break space, a CRLF inside a sentence, a blank sentence (p2). */
    static final String ARTICLE = """
            {"title": "%s", "source": "%s", "url": "https://example.org/%s",
             "date": "2019-01-04", "main-event": "%s", "uuid": "u-%s", "triplet-uuid": "%s",
             "main-entities": ["Donald Trump"],
             "body-paragraphs": [["First\u00A0sentence with 👋🏽 wave.",
                                  "Second one said \\"disaster\\", twice: disaster."],
                                 ["", "Line one\\r\\nline two 😡 here."]]}
            """;
    static final String FOX_TITLE = "Senator 🦅 blasts “deal”";
    static final String ANNOTATIONS = """
            {"uuid": "u-fox", "triplet-uuid": "%s",
             "article-level-annotations": {"relative_stance": "conservative", "author_feeling_main_event": "neu"},
             "phrase-level-annotations": [
              {"id": "title", "start": 8, "end": 16, "txt": "🦅 blasts", "bias": "lex", "polarity": "neg",
               "aim": "dir", "target": "Donald_Trump", "speaker": "", "quote": "no"},
              {"id": "p0", "start": 20, "end": 27, "txt": "👋🏽 wave", "bias": "inf", "polarity": "pos",
               "aim": "ind_pro", "target": "Nancy_Pelosi", "speaker": "other_anti", "quote": "yes"},
              {"id": "p1", "start": 35, "end": 43, "txt": "disaster", "bias": "lex", "polarity": "neg",
               "aim": "ind_anti", "target": "Donald_Trump", "speaker": "", "quote": "no"},
              {"id": "p3", "start": 10, "end": 20, "txt": "line two 😡", "bias": "inf", "polarity": "neg",
               "aim": "dir", "target": "Donald_Trump", "speaker": "", "quote": "%s"}
             ]}
            """;

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

    @BeforeEach
    void aProjectWithTheBasilPreset() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = corpus.createProject("BASIL " + suffix, "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.BASIL).orElseThrow());
        annotator = users.save(new User("basil-" + suffix, "BASIL annotator", "{noop}secret", SystemRole.USER));
    }

    @Test
    void anEventsArticlesBecomeOneStoryWithEachPhraseLocatedAndItsAttributesByName() {
        Response response = upload(corpus("no"), "&createMissing=true");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode result = response.json();
        assertThat(result.get("documents").asInt()).isEqualTo(2);
        assertThat(result.get("spans").asInt()).isEqualTo(4);
        assertThat(result.get("answers").asInt()).isEqualTo(1);
        assertThat(result.get("schemaCreated").values()).extracting(JsonNode::asString).containsExactly(
                "layer 'Relative stance'", "label 'conservative' of layer 'Relative stance'");
        String body = "\n\nFirst\u00A0sentence with 👋🏽 wave. Second one said \"disaster\", twice: disaster.\n\n"
                + "Line one\r\nline two 😡 here.";
        assertThat(jdbc.queryForList("select d.external_id, d.title, d.text, o.name as outlet, s.title as story, "
                + "d.published::text as published from document d join outlet o on o.id = d.outlet_id join story s "
                + "on s.id = d.story_id where d.project_id = ? order by d.position", projectId)).extracting(
                row -> row.get("external_id"), row -> row.get("title"), row -> row.get("text"),
                row -> row.get("outlet"), row -> row.get("story"), row -> row.get("published")).containsExactly(
                tuple(EVENT + "_1", FOX_TITLE, FOX_TITLE + body, "Fox News", "Shutdown talks fail", "2019-01-04"),
                tuple(EVENT + "_2", "Senate talks fail", "Senate talks fail" + body, "New York Times",
                        "Shutdown talks fail", "2019-01-04"));

        Map<String, String> names = new TreeMap<>();
        jdbc.queryForList("select a.id::text as id, a.name from attribute_definition a join layer l on l.id = "
                + "a.layer_id where l.project_id = ?", projectId).forEach(row -> names.put((String) row.get("id"),
                (String) row.get("name")));
        List<String> spans = jdbc.queryForList("select d.text, l.name, s.start_offset, s.end_offset, "
                + "s.attributes::text as attributes from span_annotation s join document d on d.id = s.document_id "
                + "join label l on l.id = s.label_id where d.project_id = ? and s.annotator_id = ? order by "
                + "s.start_offset", projectId, annotator.getId()).stream().map(row -> {
                    Map<String, Object> byName = new TreeMap<>();
                    JSON.readTree((String) row.get("attributes")).properties().forEach(entry ->
                            byName.put(names.get(entry.getKey()), entry.getValue().isBoolean()
                                    ? entry.getValue().asBoolean() : entry.getValue().asString()));
                    return row.get("name") + " '" + new CodePointText((String) row.get("text")).slice(
                            (Integer) row.get("start_offset"), (Integer) row.get("end_offset")) + "' " + byName;
                }).toList();
        assertThat(spans).containsExactly(
                "Lexical '🦅 blasts' {aim=direct, in_quote=false, polarity=negative, target=Donald Trump}",
                "Informational '👋🏽 wave' {aim=indirect-ally, in_quote=true, polarity=positive, speaker=other anti, "
                        + "target=Nancy Pelosi}",
                "Lexical 'disaster' {aim=indirect-opponent, in_quote=false, polarity=negative, target=Donald Trump}",
                "Informational 'line two 😡' {aim=direct, in_quote=false, polarity=negative, target=Donald Trump}");
        assertThat(jdbc.queryForList("select l.name from document_answer a join label l on l.id = a.label_id "
                + "join layer y on y.id = a.layer_id where y.project_id = ? and y.name = 'Relative stance'",
                String.class, projectId)).containsExactly("conservative");
    }

    @Test
    void withoutCreateMissingTheStanceLayerIsListedAndAPhraseThatCannotBeLocatedIsNamed() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("articles/2019/" + EVENT + "_1.json", utf8(ARTICLE.formatted(FOX_TITLE, "fox", "a",
                "Shutdown talks fail", "fox", EVENT)));
        entries.put("annotations/2019/" + EVENT + "_1_ann.json", utf8(ANNOTATIONS.formatted(EVENT, "maybe")
                .replace("\"start\": 35, \"end\": 43, \"txt\": \"disaster\"", "\"start\": 0, \"end\": 8, \"txt\": "
                        + "\"disaster\"")));

        Response response = upload(tarGz(entries), "");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        String annotations = "basil.tar.gz, entry './annotations/2019/" + EVENT + "_1_ann.json'";
        // the reader's problems and the import's own checks of what it could read, in one answer
        assertThat(response.json().get("problems").values()).extracting(problem -> problem.get("where").asString(),
                problem -> problem.get("message").asString()).containsExactly(
                tuple("schema", "the project lacks layer 'Relative stance'; add them to its schema, or import with "
                        + "createMissing=true to create them"),
                tuple(annotations + ", phrase-level-annotations[2] (id 'p1'), field 'txt'", "cannot locate "
                        + "'disaster': sentence p1 has 'Second o' at 0–8, and sentence p1 has it more than once"),
                tuple(annotations + ", phrase-level-annotations[3] (id 'p3'), field 'quote'", "must be 'yes' or "
                        + "'no', got 'maybe'"),
                tuple(annotations + ", field 'article-level-annotations.relative_stance'", "the project has no "
                        + "layer 'Relative stance'"));
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class,
                projectId)).isZero();

        Response lacking = upload(corpus("no"), "");

        assertThat(lacking.status()).as(lacking.body()).isEqualTo(400);
        assertThat(lacking.json().get("problems").values()).extracting(problem -> problem.get("where").asString(),
                problem -> problem.get("message").asString()).containsExactly(
                tuple("schema", "the project lacks layer 'Relative stance'; add them to its schema, or import with "
                        + "createMissing=true to create them"),
                tuple(annotations + ", field 'article-level-annotations.relative_stance'", "the project has no "
                        + "layer 'Relative stance'"));
    }

    /** Two outlets' articles of one event (the second with a byte order mark), the first's annotations. */
    private static byte[] corpus(String lastQuote) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("articles/2019/" + EVENT + "_1.json", utf8(ARTICLE.formatted(FOX_TITLE, "fox", "a",
                "Shutdown talks fail", "fox", EVENT)));
        entries.put("articles/2019/" + EVENT + "_2.json", withByteOrderMark(ARTICLE.formatted("Senate talks fail",
                "NYT", "b", "Talks fail again", "nyt", EVENT)));
        entries.put("annotations/2019/" + EVENT + "_1_ann.json", utf8(ANNOTATIONS.formatted(EVENT, lastQuote)));
        entries.put("annotation_changes.txt", utf8("I. Bias type fix (2)\n"));
        return tarGz(entries);
    }

    private Response upload(byte[] archive, String options) {
        return ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD).postFiles("/api/v1/projects/"
                + projectId + "/annotations/import?format=basil&annotator=" + annotator.getUsername() + "&layer=Bias"
                + options, "file", List.of(new FilePart("basil.tar.gz", archive)));
    }
}
