package org.slant.annotation.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.slant.annotation.importing.InceptionXmiFixture;
import org.slant.corpus.CorpusService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * INCEpTION's UIMA CAS XMI through the API (docs/import.md#inception-uima-cas-xmi-formatxmi): a project export
 * made with uimaj in the test, imported, and its texts and spans read back from the database, offsets and covered
 * texts compared with the CASes'.
 */
@SlantSpringTest
class InceptionXmiImportApiTest {

    static final String TEXT = "Hi 👋🏽 NATO\u00a0talks\r\nPROMO HEADLINE\r\nStoltenberg said “no” 🇺🇦 today.";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    JdbcTemplate jdbc;

    UUID projectId;
    String suffix;

    @BeforeEach
    void aProject() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = corpus.createProject("INCEpTION " + suffix, "").getId();
    }

    /** A project export: two annotators on one document, zipped with their type system as INCEpTION zips them. */
    byte[] projectExport(String alice, String bob) {
        InceptionXmiFixture aliceCas = new InceptionXmiFixture(TEXT);
        aliceCas.annotate(InceptionXmiFixture.FRAMING, "NATO\u00a0talks", Map.of("value", "Conflict", "note", "n",
                "strength", 2));
        aliceCas.annotate(InceptionXmiFixture.QUOTE, "“no” 🇺🇦", Map.of());
        aliceCas.annotate(InceptionXmiFixture.TOKEN, "Hi", Map.of());
        InceptionXmiFixture bobCas = new InceptionXmiFixture(TEXT);
        bobCas.annotate("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity", "Stoltenberg",
                Map.of("value", "PER"));
        bobCas.annotate(InceptionXmiFixture.FRAMING, "PROMO HEADLINE\r\nStoltenberg", Map.of("value", "Promo"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("exportedproject" + suffix + ".json", "{}".getBytes(UTF_8));
        entries.put("source/d1.txt", TEXT.getBytes(UTF_8));
        entries.put("annotation/d1.txt/INITIAL_CAS.zip", new InceptionXmiFixture(TEXT).userZip("INITIAL_CAS"));
        entries.put("annotation/d1.txt/" + alice + ".zip", aliceCas.userZip(alice));
        entries.put("annotation/d1.txt/" + bob + ".zip", bobCas.userZip(bob));
        return InceptionXmiFixture.zip(entries);
    }

    @Test
    void aProjectExportImportsWithEveryAnnotatorsSpansAtTheirOffsets() {
        String alice = "alice-" + suffix;
        String bob = "bob-" + suffix;

        Response response = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=xmi"
                + "&createMissing=true&createAnnotators=true", "file",
                List.of(new FilePart("inception.zip", projectExport(alice, bob))));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("documents").asInt()).isEqualTo(1);
        assertThat(response.json().get("spans").asInt()).isEqualTo(4);
        assertThat(jdbc.queryForList("select title || '|' || text from document where project_id = ?", String.class,
                projectId)).containsExactly("d1.txt|" + TEXT);
        List<String> spans = jdbc.queryForList("""
                select u.username || '|' || l.name || '|' || b.name || '|' || s.start_offset || '|' || s.end_offset
                       || '|' || substr(d.text, s.start_offset + 1, s.end_offset - s.start_offset)
                       || '|' || s.attributes::text
                  from span_annotation s join document d on d.id = s.document_id
                  join app_user u on u.id = s.annotator_id
                  join layer l on l.id = s.layer_id join label b on b.id = s.label_id
                 where d.project_id = ? order by u.username, s.start_offset""", String.class, projectId);
        // PostgreSQL's substr counts code points, as Slant's offsets do; NATO is at 6, past the emoji's 4 UTF-16 units
        assertThat(spans).hasSize(4);
        assertThat(spans.get(0)).startsWith(alice + "|Framing|Conflict|6|16|NATO\u00a0talks|{");
        assertThat(spans.get(1)).isEqualTo(alice + "|Quote|Quote|" + cp("“no”") + "|" + (cp("“no”") + 7)
                + "|“no” 🇺🇦|{}");
        assertThat(spans.get(2)).startsWith(bob + "|Framing|Promo|" + cp("PROMO") + "|" + (cp("PROMO") + 27)
                + "|PROMO HEADLINE\r\nStoltenberg|{");
        assertThat(spans.get(3)).isEqualTo(bob + "|NamedEntity|PER|" + cp("Stoltenberg") + "|"
                + (cp("Stoltenberg") + 11) + "|Stoltenberg|{}");
        // the other features became attributes of the layer, by name, numbers as text
        assertThat(jdbc.queryForList("""
                select a.name || '=' || (s.attributes ->> a.id::text) from span_annotation s
                  join attribute_definition a on jsonb_exists(s.attributes, a.id::text)
                  join document d on d.id = s.document_id where d.project_id = ? order by 1""",
                String.class, projectId)).containsExactly("explicit=false", "explicit=false", "note=n", "strength=0",
                        "strength=2");
        // work from an export is finished work
        assertThat(jdbc.queryForList("select status from assignment where project_id = ?", String.class, projectId))
                .containsExactly("DONE", "DONE");
    }

    @Test
    void aMismatchedTypeSystemIsRefusedNamingTheEntry() {
        InceptionXmiFixture cas = new InceptionXmiFixture(TEXT);
        cas.document(InceptionXmiFixture.STANCE, Map.of("label", "neutral"));
        byte[] zip = InceptionXmiFixture.zip(Map.of("a1.xmi", cas.xmi(), "TypeSystem.xml",
                new InceptionXmiFixture(TEXT, false).typeSystem()));

        Response response = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=xmi"
                + "&annotator=admin&createMissing=true", "file", List.of(new FilePart("up.zip", zip)));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("up.zip, entry 'a1.xmi'", "type system mismatch", "webanno.custom.Stance");
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class, projectId))
                .isZero();
    }

    @Test
    void bareXmiFilesImportAsASourcesSuggestions() {
        InceptionXmiFixture cas = new InceptionXmiFixture(TEXT);
        cas.annotate(InceptionXmiFixture.FRAMING, "PROMO HEADLINE", Map.of("value", "Promo"));
        cas.annotate(InceptionXmiFixture.FRAMING, "“no” 🇺🇦", Map.of("value", "Quote"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("model/a1.xmi", cas.xmi());
        entries.put("model/TypeSystem.xml", cas.typeSystem());

        Response response = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=xmi"
                + "&source=inception-model&createMissing=true", "file",
                List.of(new FilePart("model.zip", InceptionXmiFixture.zip(entries))));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(jdbc.queryForList("select title from document where project_id = ?", String.class, projectId))
                .containsExactly("a1");
        assertThat(jdbc.queryForList("""
                select p.source || '|' || b.name || '|' || p.start_offset || '|' || p.end_offset || '|'
                       || substr(d.text, p.start_offset + 1, p.end_offset - p.start_offset)
                  from pre_annotation p join document d on d.id = p.document_id join label b on b.id = p.label_id
                 where p.project_id = ? order by p.start_offset""", String.class, projectId)).containsExactly(
                        "inception-model|Promo|" + cp("PROMO") + "|" + (cp("PROMO") + 14) + "|PROMO HEADLINE",
                        "inception-model|Quote|" + cp("“no”") + "|" + (cp("“no”") + 7) + "|“no” 🇺🇦");
        assertThat(jdbc.queryForObject("select count(*) from span_annotation s join document d on d.id = "
                + "s.document_id where d.project_id = ?", Long.class, projectId)).isZero();
    }

    @Test
    void bareXmiFilesWithoutAnAnnotatorOrSourceAreRefusedAskingForOne() {
        InceptionXmiFixture cas = new InceptionXmiFixture(TEXT);
        cas.annotate(InceptionXmiFixture.FRAMING, "PROMO HEADLINE", Map.of("value", "Promo"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a1.xmi", cas.xmi());
        entries.put("TypeSystem.xml", cas.typeSystem());

        for (String createAnnotators : List.of("false", "true")) {
            Response response = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=xmi"
                    + "&createMissing=true&createAnnotators=" + createAnnotators, "file",
                    List.of(new FilePart("bare.zip", InceptionXmiFixture.zip(entries))));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("problems").get(0).get("where").asString()).startsWith("bare.zip, entry "
                    + "'a1.xmi'");
            assertThat(response.body()).contains("names no annotator", "annotator=<username>", "source=<name>")
                    .doesNotContain("'null'");
        }
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class, projectId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from layer where project_id = ?", Long.class, projectId))
                .as("the layers created for the import went with it").isZero();
    }

    private static int cp(String part) {
        return TEXT.codePointCount(0, TEXT.indexOf(part));
    }

    private ApiClient admin() {
        return ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
    }
}
