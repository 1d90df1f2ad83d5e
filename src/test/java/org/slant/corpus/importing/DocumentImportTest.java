package org.slant.corpus.importing;

import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slant.corpus.importing.Uploads.file;
import static org.slant.corpus.importing.Uploads.zip;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.DocumentSummary;
import org.slant.corpus.Outlet;
import org.slant.corpus.Story;
import org.slant.corpus.importing.ImportResult.CreatedDocument;
import org.slant.corpus.importing.ImportResult.SkippedDocument;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.slant.platform.StrictUtf8Test;

/** Imports into the real database: what is stored, what is left out, and that a refused upload stores nothing. */
@SlantSpringTest
class DocumentImportTest {

    @Autowired
    DocumentImport importer;
    @Autowired
    CorpusService corpus;

    UUID projectId;

    @BeforeEach
    void createProject() {
        projectId = corpus.createProject("Import " + UUID.randomUUID(), "").getId();
    }

    @Test
    void storesTheDocumentsOfAllFilesInOrderWithTheirTextsExactly() {
        String crlf = "Headline\r\n\r\nBody with \u201Cquotes\u201D and \uD83C\uDDFA\uD83C\uDDE6.\r\n";
        byte[] withBom = StrictUtf8Test.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                crlf.getBytes(StandardCharsets.UTF_8));

        ImportResult result = importer.importFiles(projectId, List.of(
                file("crlf.txt", withBom),
                file("news.jsonl", """
                        {"text":"NATO met Russia.","title":"Talks","outlet":"Fox News","story":"NRC",\
                        "published":"2022-01-12","externalId":"fox-1","meta":{"section":"world","words":3}}
                        {"text":"Russia met NATO.","outlet":"The Hill","story":"NRC"}
                        """),
                file("more.csv", "text,outlet,section\nA third text.,Fox News,politics\n"),
                file("folder.zip", zip("2022/zipped.txt", "Zipped text."))));

        assertThat(result.created()).isEqualTo(5);
        assertThat(result.skipped()).isZero();
        assertThat(result.documents()).extracting(CreatedDocument::where).containsExactly("crlf.txt",
                "news.jsonl, line 1", "news.jsonl, line 2", "more.csv, line 2", "folder.zip, entry '2022/zipped.txt'");
        assertThat(result.documents()).extracting(CreatedDocument::title).containsExactly("crlf", "Talks",
                "Russia met NATO.", "A third text.", "zipped");

        List<DocumentSummary> stored = corpus.documents(projectId, PageRequest.of(0, 10)).getContent();
        assertThat(stored).extracting(DocumentSummary::id)
                .containsExactlyElementsOf(result.documents().stream().map(CreatedDocument::id).toList());
        assertThat(stored).extracting(DocumentSummary::position).containsExactly(1, 2, 3, 4, 5);

        DocumentDetails first = corpus.document(result.documents().get(0).id());
        assertThat(first.text()).isEqualTo(crlf);
        assertThat(first.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(crlf.getBytes(StandardCharsets.UTF_8));
        assertThat(first.meta()).isEqualTo(Map.of("file", "crlf.txt"));

        DocumentDetails talks = corpus.document(result.documents().get(1).id());
        assertThat(talks.outlet()).isEqualTo("Fox News");
        assertThat(talks.story()).isEqualTo("NRC");
        assertThat(talks.published()).isEqualTo(LocalDate.of(2022, 1, 12));
        assertThat(talks.externalId()).isEqualTo("fox-1");
        assertThat(talks.meta()).isEqualTo(Map.of("section", "world", "words", 3));
        assertThat(corpus.document(result.documents().get(3).id()).meta()).isEqualTo(Map.of("section", "politics"));

        assertThat(corpus.outlets(projectId)).extracting(Outlet::getName).containsExactly("Fox News", "The Hill");
        assertThat(corpus.stories(projectId)).extracting(Story::getTitle).containsExactly("NRC");
    }

    @Test
    void leavesOutTextsTheProjectAlreadyHasAndReportsThem() {
        importer.importFiles(projectId, List.of(file("first.jsonl", "{\"text\":\"Known text.\",\"title\":\"Old\"}\n")));

        ImportResult result = importer.importFiles(projectId, List.of(file("second.jsonl", """
                {"text":"New text.","title":"New"}
                {"text":"Known text.","title":"Known again"}
                {"text":"New text.","title":"New again"}
                """)));

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.documents()).extracting(CreatedDocument::title).containsExactly("New");
        assertThat(result.skippedDocuments()).containsExactly(
                new SkippedDocument("Known again", "second.jsonl, line 2",
                        "the project already has a document with this text"),
                new SkippedDocument("New again", "second.jsonl, line 3",
                        "the same text as second.jsonl, line 1 in this upload"));
        assertThat(corpus.project(projectId).documents()).isEqualTo(2);
        assertThat(corpus.documents(projectId, PageRequest.of(0, 10)).getContent())
                .extracting(DocumentSummary::position).containsExactly(1, 2);
    }

    @Test
    void theSameTextMayBeInTwoProjects() {
        UUID other = corpus.createProject("Other " + UUID.randomUUID(), "").getId();
        importer.importFiles(other, List.of(file("a.txt", "Shared text.")));

        assertThat(importer.importFiles(projectId, List.of(file("a.txt", "Shared text."))).created()).isEqualTo(1);
    }

    @Test
    void storesNothingWhenAnyFileHasAProblem() {
        importer.importFiles(projectId, List.of(file("before.txt", "Already there.")));
        long before = corpus.project(projectId).documents();

        assertThatThrownBy(() -> importer.importFiles(projectId, List.of(
                file("good.jsonl", "{\"text\":\"Good.\",\"outlet\":\"New Outlet\",\"story\":\"New Story\"}\n"),
                file("bad.jsonl", "{\"text\":\"Fine.\"}\n{\"text\":\"Bad date.\",\"published\":\"soon\"}\n"),
                file("evil.zip", zip("../evil.txt", "Evil."))))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "bad.jsonl, line 2, field 'published': not an ISO date (YYYY-MM-DD): 'soon'",
                        "evil.zip, entry '../evil.txt': has '..' in its path, which would lead out of the archive"));

        assertThat(corpus.project(projectId).documents()).isEqualTo(before);
        assertThat(corpus.outlets(projectId)).isEmpty();
        assertThat(corpus.stories(projectId)).isEmpty();
    }

    @Test
    void refusesAnUploadWithoutDocuments() {
        assertThatThrownBy(() -> importer.importFiles(projectId, List.of(file("empty.jsonl", "\n\n"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly("upload: the files hold no documents"));
        assertThatThrownBy(() -> importer.importFiles(projectId, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no files");
    }

    @Test
    void refusesAnUnknownProjectBeforeReading() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> importer.importFiles(unknown, List.of(file("a.txt", "Text."))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(unknown.toString());
    }

    @Test
    void usesTheConfiguredDefaultLimits() {
        assertThat(importer.limits()).isEqualTo(ImportLimits.defaults());
        assertThat(ImportLimits.describe(importer.limits().maxUpload())).isEqualTo("50 MB");
        assertThat(ImportLimits.describe(importer.limits().maxDocument())).isEqualTo("2 MB");
    }

    @Test
    void importsIntoOneProjectAtOnceTakeTurnsAndStoreEachTextOnce() throws Exception {
        List<ImportFile> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            StringBuilder lines = new StringBuilder();
            for (int d = 0; d < 50; d++) {
                // half of each upload is shared by all four, half is its own
                String text = d % 2 == 0 ? "Shared " + d : "Own " + i + " " + d;
                lines.append("{\"text\":\"").append(text).append("\",\"outlet\":\"Outlet ").append(d % 3)
                        .append("\"}\n");
            }
            files.add(file("upload-" + i + ".jsonl", lines.toString()));
        }
        List<Callable<ImportResult>> imports = files.stream()
                .<Callable<ImportResult>>map(upload -> () -> importer.importFiles(projectId, List.of(upload)))
                .toList();
        List<ImportResult> results = new ArrayList<>();
        // the imports run as the signed-in test user, as each request runs as its caller
        try (ExecutorService threads = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(4))) {
            for (Future<ImportResult> result : threads.invokeAll(imports)) {
                results.add(result.get());
            }
        }

        assertThat(results.stream().mapToInt(ImportResult::created).sum()).isEqualTo(25 + 4 * 25);
        assertThat(results.stream().mapToInt(ImportResult::skipped).sum()).isEqualTo(3 * 25);
        assertThat(corpus.project(projectId).documents()).isEqualTo(125);
        assertThat(corpus.outlets(projectId)).hasSize(3);
        assertThat(corpus.documents(projectId, PageRequest.of(0, 200)).getContent())
                .extracting(DocumentSummary::position).containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 125).boxed().toList());
    }
}
