package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.HostileInput;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.AccessTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Project archives built to break the import: every file of a real archive damaged in turn (its checksums made to
 * fit, so the damage reaches the line-by-line check), the zip itself damaged, a manifest claiming more than the
 * unpacked limit, a zip bomb in place of a file, a zip listing thousands of entries. Never a 500, never a partial
 * import, and memory bounded by the limits rather than by an OutOfMemoryError.
 */
@SlantSpringTest
class HostileArchivesTest {

    private static final long SEED = 29L;
    private static final int TRIES = 80;
    private static final String IMPORT = "/api/v1/projects/archive";
    private static final String ZIP = "application/zip";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    AccessTokens tokens;
    @Autowired
    ProjectArchiveExport archives;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    ArchiveZip original;

    @BeforeEach
    void aSmallAnnotatedProjectExported() {
        api = ApiClient.bearer(port, tokens.create("archives " + UUID.randomUUID(), null).token());
        UUID projectId = corpus.createProject("Hostile archive " + UUID.randomUUID(), "").getId();
        LayerSchema attribution = schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING)
                .orElseThrow()).layers().getFirst();
        UUID document = corpus.addDocuments(projectId, List.of(new NewDocument("One", "The minister said talks "
                + "would continue 👋🏽.", "Outlet", "Story", null, null, null, Map.of("desk", "world"))))
                .getFirst().getId();
        annotations.createSpan(document, null, new SpanDraft(attribution.id(), attribution.labels().getFirst().id(),
                0, 12, Map.of()));
        original = ArchiveZip.read(ArchiveZip.exported(archives, projectId));
    }

    @Test
    void aDamagedArchiveIsRefusedWholeNeverWithA500() {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> names = original.names().stream().filter(name -> !name.equals(ArchiveFile.MANIFEST)).toList();
        HostileInput.tries(SEED, TRIES, (input, number) -> {
            ArchiveZip copy = original.asAnotherProject();
            byte[] body;
            if (input.chance(0.15)) {
                body = input.damaged(copy.bytes());
            } else if (input.chance(0.1)) {
                body = copy.with(ArchiveFile.MANIFEST, input.mutatedJson(copy.text(ArchiveFile.MANIFEST))).bytes();
            } else {
                String file = input.oneOf(names);
                String text = copy.text(file);
                body = copy.with(file, text.isBlank() ? input.jsonValue(2) + "\n" : input.mutatedJson(text))
                        .withChecksums().bytes();
            }
            Map<String, Long> before = counts();
            Response response = api.post(IMPORT, ZIP, BodyPublishers.ofByteArray(body));
            statuses.merge(response.status(), 1, Integer::sum);
            assertThat(response.status()).as(response.body()).isIn(201, 400, 409, 413);
            if (response.status() != 201) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.json().path("detail").asString("")).isNotBlank();
                assertThat(counts()).as("nothing stored after " + response.body()).isEqualTo(before);
            }
        });
        assertThat(statuses).containsKeys(201, 400);
    }

    @Test
    void aManifestClaimingMoreThanTheUnpackedLimitIsRefusedBeforeAnythingIsUnpacked() {
        ArchiveZip copy = original.asAnotherProject();
        ObjectNode manifest = (ObjectNode) copy.json(ArchiveFile.MANIFEST);
        ((ObjectNode) manifest.get("files").get("spans.jsonl")).put("bytes", 11L * 1024 * 1024 * 1024);
        long claimed = 0;
        for (JsonNode file : manifest.get("files")) {
            claimed += file.get("bytes").asLong();
        }
        Map<String, Long> before = counts();

        Response response = api.post(IMPORT, ZIP, BodyPublishers.ofByteArray(
                copy.with(ArchiveFile.MANIFEST, manifest.toString()).bytes()));

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().path("detail").asString()).startsWith("The archive's files unpack to " + String.format(Locale.ROOT, "%,d", claimed) + " bytes")
                .contains("more than the limit of 10 GB (slant.archive.max-unpacked); nothing was stored");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aZipBombInPlaceOfAFileIsRefusedAsChangedNamingIt() {
        ArchiveZip copy = original.asAnotherProject();
        Map<String, Long> before = counts();

        // 64 MB of zeros deflate to about 64 KB; the manifest says the file holds a few hundred bytes
        Response response = api.post(IMPORT, ZIP, BodyPublishers.ofByteArray(copy.with("spans.jsonl",
                "\u0000".repeat(64 * 1024 * 1024)).bytes()));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("problems").get(0).path("where").asString()).isEqualTo("spans.jsonl");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aZipListingThousandsOfEntriesIsRefusedBeforeItIsOpened() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) {
            entries.put("e" + i, "");
        }

        Response response = api.post(IMPORT, ZIP, BodyPublishers.ofByteArray(ArchiveZip.of(entries).bytes()));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("detail").asString()).contains("archive: not a Slant project archive: it "
                + "lists 5000 files");
    }

    /** The checksum of a file stops reading one byte past the size the manifest gives: a bomb is not unpacked. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aFileIsReadNoFurtherThanItsSizeInTheManifest() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return length;
            }
        };

        ArchivedFile read = ArchiveCheck.digest(endless, 1000);

        assertThat(read.bytes()).isGreaterThan(1000).isLessThanOrEqualTo(1000 + (1 << 16));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("project", "document", "span_annotation", "annotation_event", "membership",
                "layer", "label", "app_user", "story", "outlet")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
