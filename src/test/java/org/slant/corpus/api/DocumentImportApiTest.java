package org.slant.corpus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/projects/{projectId}/documents over real HTTP: JSON Lines bodies, uploads, and problem JSON. */
@SlantSpringTest
class DocumentImportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;

    ApiClient admin;
    UUID projectId;
    String documents;

    @BeforeEach
    void setUp() {
        admin = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        projectId = corpus.createProject("API import " + UUID.randomUUID(), "").getId();
        documents = "/api/v1/projects/" + projectId + "/documents";
    }

    @Test
    void importsAJsonLinesBodyAndAnswersWithTheNewIds() {
        String text = "First line of the text.\r\nSecond line \u2013 with \uD83C\uDDEB\uD83C\uDDF7.";
        Response response = admin.post(documents, "application/x-ndjson", BodyPublishers.ofString("""
                {"text":"First line of the text.\\r\\nSecond line \u2013 with \uD83C\uDDEB\uD83C\uDDF7.",\
                "outlet":"Le Monde","published":"2022-01-13","meta":{"lang":"fr"}}
                {"text":"Another text.","title":"Another"}
                """, StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(201);
        JsonNode result = response.json();
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("skipped").asInt()).isZero();
        assertThat(result.get("skippedDocuments").size()).isZero();
        JsonNode first = result.get("documents").get(0);
        assertThat(first.get("title").asString()).isEqualTo("First line of the text.");
        assertThat(first.get("where").asString()).isEqualTo("request body, line 1");
        assertThat(result.get("documents").get(1).get("where").asString()).isEqualTo("request body, line 2");

        JsonNode stored = admin.get("/api/v1/documents/" + first.get("id").asString()).json();
        assertThat(stored.get("text").asString()).isEqualTo(text);
        assertThat(stored.get("outlet").asString()).isEqualTo("Le Monde");
        assertThat(stored.get("published").asString()).isEqualTo("2022-01-13");
        assertThat(stored.get("meta").get("lang").asString()).isEqualTo("fr");
        assertThat(stored.get("position").asInt()).isEqualTo(1);
    }

    @Test
    void acceptsApplicationJsonlToo() {
        Response response = admin.post(documents, "application/jsonl",
                BodyPublishers.ofString("{\"text\":\"A text.\"}\n"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("created").asInt()).isEqualTo(1);
    }

    @Test
    void importsUploadedFilesOfEveryKindAtOnce() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String crlf = "Windows text\r\nwith CRLF.\r\n";
        Response response = admin.postFiles(documents, "file", List.of(
                new FilePart("windows.txt", concat(bom, crlf.getBytes(StandardCharsets.UTF_8))),
                new FilePart("corpus.zip", zip("a/one.txt", "Zipped one.", "a/two.txt", "Zipped two.")),
                new FilePart("news.jsonl", utf8("{\"text\":\"From JSON Lines.\"}\n")),
                new FilePart("table.csv", utf8("text,title\nFrom CSV.,Row\n"))));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode result = response.json();
        assertThat(result.get("created").asInt()).isEqualTo(5);
        List<String> where = new ArrayList<>();
        result.get("documents").forEach(document -> where.add(document.get("where").asString()));
        assertThat(where).containsExactly("windows.txt", "corpus.zip, entry 'a/one.txt'",
                "corpus.zip, entry 'a/two.txt'", "news.jsonl, line 1", "table.csv, line 2");

        String id = result.get("documents").get(0).get("id").asString();
        JsonNode stored = admin.get("/api/v1/documents/" + id).json();
        assertThat(stored.get("title").asString()).isEqualTo("windows");
        assertThat(stored.get("text").asString()).isEqualTo(crlf);
        assertThat(corpus.project(projectId).documents()).isEqualTo(5);
    }

    @Test
    void leavesOutDuplicatesAndSaysSo() {
        admin.post(documents, "application/x-ndjson", BodyPublishers.ofString("{\"text\":\"Old.\",\"title\":\"O\"}\n"));

        Response response = admin.postFiles(documents, "file", List.of(new FilePart("again.jsonl", utf8("""
                {"text":"Old.","title":"Old again"}
                {"text":"New.","title":"New"}
                {"text":"New.","title":"New again"}
                """))));

        assertThat(response.status()).isEqualTo(201);
        JsonNode result = response.json();
        assertThat(result.get("created").asInt()).isEqualTo(1);
        assertThat(result.get("skipped").asInt()).isEqualTo(2);
        JsonNode skipped = result.get("skippedDocuments");
        assertThat(skipped.get(0).get("title").asString()).isEqualTo("Old again");
        assertThat(skipped.get(0).get("where").asString()).isEqualTo("again.jsonl, line 1");
        assertThat(skipped.get(0).get("reason").asString()).isEqualTo("the project already has a document with this "
                + "text");
        assertThat(skipped.get(1).get("where").asString()).isEqualTo("again.jsonl, line 3");
        assertThat(skipped.get(1).get("reason").asString()).isEqualTo("the same text as again.jsonl, line 2 in this "
                + "upload");

        Response nothingNew = admin.post(documents, "application/x-ndjson",
                BodyPublishers.ofString("{\"text\":\"Old.\"}\n"));
        assertThat(nothingNew.status()).isEqualTo(200);
        assertThat(nothingNew.json().get("created").asInt()).isZero();
        assertThat(nothingNew.json().get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void refusesAnUploadWithProblemsListingEveryOneAndStoresNothing() {
        long before = corpus.project(projectId).documents();

        Response response = admin.postFiles(documents, "file", List.of(
                new FilePart("good.txt", utf8("Good text.")),
                new FilePart("news.jsonl", utf8("""
                        {"text":"Fine."}
                        {"text":"Fine too."}
                        {"text":"Broken
                        {"txt":"Typo."}
                        {"text":"Seventh line coming.","published":"2022-13-01"}
                        {"text":"x"}
                        {"text":"Bad date.","published":"13 Jan"}
                        """)),
                new FilePart("table.csv", utf8("title\nno text column\n")),
                new FilePart("evil.zip", zip("../evil.txt", "Evil.", "/abs.txt", "Absolute.")),
                new FilePart("slides.pptx", utf8("?"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).startsWith("Nothing was imported: the upload has 9 problems.");
        List<String> problems = new ArrayList<>();
        problem.get("problems").forEach(p -> problems.add(p.get("where").asString() + ": "
                + p.get("message").asString()));
        assertThat(problems).hasSize(9);
        assertThat(problems.get(0)).startsWith("news.jsonl, line 3, column ").contains("not valid JSON");
        assertThat(problems.get(1)).startsWith("news.jsonl, line 4, field 'txt': unknown field");
        assertThat(problems.get(2)).isEqualTo("news.jsonl, line 4, field 'text': is missing: every document needs "
                + "its text");
        assertThat(problems.get(3)).isEqualTo("news.jsonl, line 5, field 'published': not an ISO date (YYYY-MM-DD): "
                + "'2022-13-01'");
        assertThat(problems.get(4)).isEqualTo("news.jsonl, line 7, field 'published': not an ISO date (YYYY-MM-DD): "
                + "'13 Jan'");
        assertThat(problems.get(5)).startsWith("table.csv, line 1: no 'text' column");
        assertThat(problems.get(6)).isEqualTo("evil.zip, entry '../evil.txt': has '..' in its path, which would lead "
                + "out of the archive");
        assertThat(problems.get(7)).isEqualTo("evil.zip, entry '/abs.txt': has an absolute path; an archive's "
                + "entries must be relative");
        assertThat(problems.get(8)).startsWith("slides.pptx: Slant does not read this kind of file");
        assertThat(corpus.project(projectId).documents()).isEqualTo(before);
    }

    @Test
    void namesTheFileAndByteOffsetOfBadEncoding() {
        byte[] latin1 = "Ein Text über Zürich".getBytes(StandardCharsets.ISO_8859_1);

        Response response = admin.postFiles(documents, "file", List.of(new FilePart("german.txt", latin1)));

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json().get("problems").get(0);
        assertThat(problem.get("where").asString()).isEqualTo("german.txt");
        assertThat(problem.get("message").asString()).isEqualTo("not UTF-8: the byte 0xFC at byte offset 9 (line 1) "
                + "is not valid UTF-8; save the file as UTF-8 and import it again");
    }

    @Test
    void refusesADocumentOverTwoMegabytes() {
        byte[] large = utf8("x".repeat(2 * 1024 * 1024 + 1));

        Response response = admin.postFiles(documents, "file", List.of(new FilePart("large.txt", large)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("problems").get(0).get("message").asString()).isEqualTo("the text is larger "
                + "than the limit of 2 MB per document (slant.import.max-document)");
    }

    @Test
    void refusesAnUploadOverFiftyMegabytesWithoutStoringAnything() {
        // 28 entries of 1.9 MB unpack to more than 50 MB (52,428,800 bytes) but travel as a few hundred KB
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            entries.add("part-" + i + ".txt");
            entries.add(i + " " + "a".repeat(1_900_000));
        }

        Response response = admin.postFiles(documents, "file",
                List.of(new FilePart("big.zip", zip(entries.toArray(String[]::new)))));

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json().get("problems").get(0);
        assertThat(problem.get("where").asString()).isEqualTo("upload");
        assertThat(problem.get("message").asString()).isEqualTo("the upload is larger than the limit of 50 MB "
                + "(slant.import.max-upload); split it into several imports");
        assertThat(corpus.project(projectId).documents()).isZero();
    }

    @Test
    void refusesAMultipartUploadOverTheLimitWithProblemJsonNotAnErrorPage() {
        byte[] big = new byte[50 * 1024 * 1024 + 1024];
        Arrays.fill(big, (byte) 'a');

        Response response = admin.postFiles(documents, "file", List.of(new FilePart("big.txt", big)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("larger than the limit of 50 MB");
        assertThat(corpus.project(projectId).documents()).isZero();
    }

    @Test
    void refusesAJsonLinesBodyOverFiftyMegabytesBeforeReadingIt() {
        byte[] body = new byte[50 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');

        Response response = admin.post(documents, "application/x-ndjson", BodyPublishers.ofByteArray(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("problems").get(0).get("message").asString())
                .startsWith("the upload is larger than the limit of 50 MB");
    }

    @Test
    void answersAnUnknownProjectWith404ProblemJson() {
        UUID unknown = UUID.randomUUID();
        Response response = admin.post("/api/v1/projects/" + unknown + "/documents", "application/x-ndjson",
                BodyPublishers.ofString("{\"text\":\"Text.\"}\n"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(unknown.toString());
    }

    @Test
    void refusesCallersWithoutCredentials() {
        Response response = ApiClient.anonymous(port).post(documents, "application/x-ndjson",
                BodyPublishers.ofString("{\"text\":\"Text.\"}\n"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(corpus.project(projectId).documents()).isZero();
    }

    @Test
    void refusesOtherContentTypesNamingTheOnesItTakes() {
        Response response = admin.post(documents, "application/json", BodyPublishers.ofString("{\"text\":\"T\"}"));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("Content-Type 'application/json' cannot be "
                + "imported: send JSON Lines as application/x-ndjson or application/jsonl, or files as "
                + "multipart/form-data in parts named 'file'");
    }

    @Test
    void refusesAnUploadWithoutFileParts() {
        Response response = admin.postFiles(documents, "files", List.of(new FilePart("a.txt", utf8("Text."))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("problems").get(0).get("message").asString())
                .isEqualTo("no files: send each file in a part named 'file' (the request has parts named [files])");
    }

    @Test
    void isDescribedInTheOpenApiDocument() {
        JsonNode path = ApiClient.anonymous(port).get("/v3/api-docs").json().get("paths")
                .get("/api/v1/projects/{projectId}/documents");
        JsonNode post = path.get("post");
        assertThat(post.get("requestBody").get("content").has("application/x-ndjson")).isTrue();
        assertThat(post.get("requestBody").get("content").has("application/jsonl")).isTrue();
        assertThat(post.get("requestBody").get("content").has("multipart/form-data")).isTrue();
        assertThat(post.get("responses").has("201")).isTrue();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] zip(String... namesAndTexts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(utf8(namesAndTexts[i + 1]));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
