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
 * WebAnno TSV 3 through the API (docs/import.md#webanno-tsv-3-formattsv): files written in the test as INCEpTION
 * writes them, imported, and the rebuilt text and the spans read back from the database.
 */
@SlantSpringTest
class WebAnnoTsvImportApiTest {

    /** One sentence with an emoji, an NBSP and a CRLF inside it; the offsets below are UTF-16, as INCEpTION's. */
    static final String TEXT = "Hi 👋🏽 NATO\u00a0talks\r\nto “no” 🇺🇦 end.";

    static final String TSV = String.join("\n",
            "#FORMAT=WebAnno TSV 3.3",
            "#T_SP=webanno.custom.Framing|value",
            "#T_SP=webanno.custom.Quote",
            "#T_CH=de.tudarmstadt.ukp.dkpro.core.api.coref.type.CoreferenceLink|referenceType|referenceRelation",
            "",
            "",
            "#Text=Hi 👋🏽 NATO\u00a0talks\r",
            "#Text=to “no” 🇺🇦 end.",
            "1-1\t0-2\tHi\t_\t_\t_\t_\t",
            "1-2\t3-7\t👋🏽\t_\t_\t_\t_\t",
            "1-3\t8-12\tNATO\tConflict[1]\t_\t*[1]\t*->1-1\t",
            "1-4\t13-18\ttalks\tConflict[1]\t_\t*[1]\t_\t",
            "1-5\t20-22\tto\tConflict[1]\t_\t_\t_\t",
            "1-6\t23-27\t“no”\t_\t*[2]\t_\t_\t",
            "1-7\t28-32\t🇺🇦\t_\t*[2]\t_\t_\t",
            "1-8\t33-36\tend\tEnd\t_\t_\t_\t",
            "1-9\t36-37\t.\t_\t_\t_\t_\t",
            "");

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
        projectId = corpus.createProject("TSV " + suffix, "").getId();
    }

    @Test
    void aProjectExportImportsWithTheTextRebuiltAndTheSpansAtTheirOffsets() {
        String alice = "alice-" + suffix;
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("exportedproject" + suffix + ".json", "{}".getBytes(UTF_8));
        entries.put("annotation/d1.txt/" + alice + ".tsv", TSV.getBytes(UTF_8));

        Response response = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=tsv"
                + "&createMissing=true&createAnnotators=true", "file",
                List.of(new FilePart("inception.zip", InceptionXmiFixture.zip(entries))));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        // one sentence, so the text is the original's exactly
        assertThat(jdbc.queryForList("select title || '|' || text from document where project_id = ?", String.class,
                projectId)).containsExactly("d1.txt|" + TEXT);
        assertThat(jdbc.queryForList("""
                select u.username || '|' || l.name || '|' || b.name || '|' || s.start_offset || '|' || s.end_offset
                       || '|' || substr(d.text, s.start_offset + 1, s.end_offset - s.start_offset)
                  from span_annotation s join document d on d.id = s.document_id
                  join app_user u on u.id = s.annotator_id
                  join layer l on l.id = s.layer_id join label b on b.id = s.label_id
                 where d.project_id = ? order by s.start_offset""", String.class, projectId)).containsExactly(
                        alice + "|Framing|Conflict|6|20|NATO\u00a0talks\r\nto",
                        alice + "|Quote|Quote|21|28|“no” 🇺🇦",
                        alice + "|Framing|End|29|32|end");
    }

    @Test
    void aBareFileTakesTheImportsAnnotator() {
        Response response = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=tsv"
                + "&annotator=admin&createMissing=true", "file", List.of(new FilePart("article.tsv",
                        TSV.getBytes(UTF_8))));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(jdbc.queryForList("select u.username from span_annotation s join app_user u on u.id = "
                + "s.annotator_id join document d on d.id = s.document_id where d.project_id = ?", String.class,
                projectId)).containsExactly("admin", "admin", "admin");
        assertThat(jdbc.queryForList("select title from document where project_id = ?", String.class, projectId))
                .containsExactly("article");
    }

    @Test
    void aBrokenLineIsRefusedNamingFileLineAndColumn() {
        String broken = TSV.replace("1-8\t33-36\tend", "1-8\t33-37\tend");

        Response response = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=tsv"
                + "&annotator=admin&createMissing=true", "file", List.of(new FilePart("article.tsv",
                        broken.getBytes(UTF_8))));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("article.tsv, line 16, column 2 (offsets)",
                "the offsets 33-37 do not fit the token 'end'");
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class, projectId))
                .isZero();
    }

    private ApiClient admin() {
        return ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
    }
}
