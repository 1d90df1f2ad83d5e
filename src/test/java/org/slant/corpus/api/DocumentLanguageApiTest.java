package org.slant.corpus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentLanguage;
import org.slant.corpus.MultilingualTexts;
import org.slant.export.ExportFormat;
import org.slant.export.ExportOptions;
import org.slant.export.ExportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A document's language: imported (JSON Lines, CSV), checked, shown, filtered by, exported and imported back. */
@SlantSpringTest
class DocumentLanguageApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    ExportService exports;

    ApiClient admin;
    UUID projectId;
    String documents;

    @BeforeEach
    void setUp() {
        admin = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        projectId = corpus.createProject("Languages " + UUID.randomUUID(), "").getId();
        documents = "/api/v1/projects/" + projectId + "/documents";
    }

    @Test
    void importsLanguagesInTheirCanonicalFormAndFiltersByThem() {
        String arabic = MultilingualTexts.TEXTS.get("ar");
        Response imported = admin.post(documents, "application/x-ndjson", BodyPublishers.ofString(
                "{\"text\":\"" + arabic.replace("\"", "\\\"") + "\",\"language\":\"AR\"}\n"
                        + "{\"text\":\"" + MultilingualTexts.TEXTS.get("zh") + "\",\"language\":\"zh-hant\"}\n"
                        + "{\"text\":\"No language given.\"}\n", StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(201);
        Response csv = admin.postFiles(documents, "file", List.of(new FilePart("more.csv",
                ("text,language\n\"" + MultilingualTexts.TEXTS.get("he").replace("\"", "\"\"") + "\",he\n")
                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(csv.status()).isEqualTo(201);

        JsonNode list = admin.get(documents).json().get("items");
        List<String> languages = new ArrayList<>();
        list.forEach(item -> languages.add(item.get("language").isNull() ? null : item.get("language").asString()));
        assertThat(languages).containsExactly("ar", "zh-Hant", null, "he");
        JsonNode first = admin.get("/api/v1/documents/" + list.get(0).get("id").asString()).json();
        assertThat(first.get("language").asString()).isEqualTo("ar");
        assertThat(first.get("text").asString()).isEqualTo(arabic);

        JsonNode onlyArabic = admin.get(documents + "?language=ar").json();
        assertThat(onlyArabic.get("totalItems").asInt()).isEqualTo(1);
        assertThat(admin.get(documents + "?language=zh-Hant").json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(corpus.languages(projectId)).containsExactly("ar", "he", "zh-Hant");
        Response bad = admin.get(documents + "?language=Arabic");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("not a language tag such as 'ar', 'uk' or 'zh-Hant': 'Arabic'");
    }

    @Test
    void aWordForALanguageIsRefusedNamingItsLineAndNothingIsStored() {
        Response refused = admin.post(documents, "application/x-ndjson", BodyPublishers.ofString("""
                {"text":"Fine.","language":"en"}
                {"text":"Not fine.","language":"English"}
                """, StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("problems").get(0).get("where").asString())
                .isEqualTo("request body, line 2, field 'language'");
        assertThat(refused.json().get("problems").get(0).get("message").asString())
                .isEqualTo("not a language tag such as 'ar', 'uk' or 'zh-Hant': 'English'");
        assertThat(admin.get(documents).json().get("totalItems").asInt()).isZero();
    }

    @Test
    void theJsonlExportCarriesTheLanguageAndImportsBackWithIt() throws Exception {
        admin.post(documents, "application/x-ndjson", BodyPublishers.ofString(
                "{\"text\":\"" + MultilingualTexts.TEXTS.get("fa") + "\",\"language\":\"fa\"}\n",
                StandardCharsets.UTF_8));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        // every document, also those without done work
        exports.export(projectId, new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(), false,
                ExportOptions.LabelSource.ANNOTATORS, ExportOptions.Hygiene.KEEP, "Non-editorial",
                ExportOptions.Splits.DEFAULT, false), zip);
        String export = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("documents.jsonl")) {
                    export = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(export).contains("\"language\":\"fa\"");

        UUID copy = corpus.createProject("Languages copy " + UUID.randomUUID(), "").getId();
        Response back = admin.post("/api/v1/projects/" + copy + "/annotations/import", "application/x-ndjson",
                BodyPublishers.ofString(export, StandardCharsets.UTF_8));
        assertThat(back.status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/projects/" + copy + "/documents").json().get("items").get(0).get("language")
                .asString()).isEqualTo("fa");
    }

    @Test
    void rightToLeftLanguagesAreKnownByTheirScript() {
        assertThat(List.of("ar", "he", "fa", "ur", "yi", "ckb", "ps", "dv", "az-Arab"))
                .allMatch(DocumentLanguage::rightToLeft);
        assertThat(List.of("en", "uk", "ru", "zh-Hant", "ja", "th", "tr", "az")).noneMatch(DocumentLanguage::rightToLeft);
        assertThat(DocumentLanguage.name("uk", Locale.UK)).isEqualTo("Ukrainian");
        assertThat(DocumentLanguage.name("uk", Locale.GERMANY)).isEqualTo("Ukrainisch");
        assertThat(DocumentLanguage.parse("ZH-hant")).contains("zh-Hant");
    }
}
