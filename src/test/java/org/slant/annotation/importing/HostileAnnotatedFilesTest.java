package org.slant.annotation.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.slant.HostileInput;
import org.slant.platform.InvalidInputException.Problem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property: every reader of annotated data, given a file of its format with random damage (values of other types,
 * fields missing or repeated, lines dropped or doubled, bytes changed, not UTF-8), answers documents and named
 * problems, and never throws. A throw would be a 500 in the import; a problem without a place would leave the user
 * guessing.
 */
class HostileAnnotatedFilesTest {

    private static final long SEED = 16_2026L;
    private static final int TRIES = 250;

    private static final String SLANT_JSONL = """
            {"text":"NATO and Russia 👋🏽 talked.","title":"Talks","outlet":"Wire","story":"Council","url":"https://e.org/1","published":"2022-01-12","externalId":"w-1","meta":{"tags":["a"]},"annotations":[{"annotator":"alice","status":"DONE","spans":[{"layer":"Frame","label":"Conflict","start":0,"end":4,"text":"NATO","attributes":{"note":"x"}}],"answers":[{"layer":"Stance","label":"neutral","attributes":{}}]}]}
            {"text":"Second text.\\r\\nLine two.","annotations":[{"annotator":"bob","spans":[{"layer":"Frame","label":"Time","start":7,"end":11}]}]}
            """;
    private static final String LABEL_STUDIO = """
            [{"id": 17, "data": {"text": "Hi 👋🏽 NATO talks.", "source": "wire"},
              "annotations": [{"id": 1, "completed_by": 7, "was_cancelled": false, "result": [
                {"id": "a", "from_name": "Framing", "to_name": "text", "type": "labels",
                 "value": {"start": 8, "end": 12, "text": "NATO", "labels": ["Actor"]}},
                {"id": "b", "from_name": "Stance", "to_name": "text", "type": "choices",
                 "value": {"choices": ["neutral"]}}]}],
              "predictions": []}]""";
    private static final String DOCCANO = """
            {"id": 12, "text": "Hi 👋🏽 NATO talks.", "label": [[8, 12, "Actor"]], "Comments": [], "user": "alice"}
            {"id": 13, "text": "Russia said no.", "entities": [{"id": 5, "label": "Actor", "start_offset": 0, "end_offset": 6}], "relations": [], "user": 9}
            """;
    private static final String PTC_ARTICLE = "Talks end 👋🏽 in Geneva\n\nA disgrace, he said. Doubt it.\n";
    private static final String PTC_LABELS = "1\tLoaded_Language\t27\t35\n1\tDoubt\t45\t50\n1\tSlogans\t0\t5\n";

    @Test
    void slantJsonlNeverThrows() {
        readsHostileCopies(new SlantJsonlFormat(JsonMapper.builder().build()),
                input -> List.of(UploadedFile.of("documents.jsonl", mutated(input, SLANT_JSONL))));
    }

    @Test
    void labelStudioNeverThrows() {
        readsHostileCopies(new LabelStudioFormat(),
                input -> List.of(UploadedFile.of("export.json", mutated(input, LABEL_STUDIO))));
    }

    @Test
    void doccanoNeverThrows() {
        readsHostileCopies(new DoccanoFormat(),
                input -> List.of(UploadedFile.of("admin.jsonl", mutated(input, DOCCANO))));
    }

    @Test
    void ptcNeverThrows() {
        readsHostileCopies(new PtcFormat(), input -> List.of(
                UploadedFile.of("train-articles/article1.txt", input.chance(0.3) ? input.mutatedLines(PTC_ARTICLE)
                        : PTC_ARTICLE),
                UploadedFile.of("train-labels-task2-technique-classification/article1.task2-TC.labels",
                        input.chance(0.8) ? input.mutatedLines(PTC_LABELS) : PTC_LABELS)));
    }

    @Test
    void basilNeverThrows() {
        String event = "2019_01_04_shutdown";
        String article = """
                {"title": "Senator blasts deal", "source": "fox", "url": "https://example.org/a", "date": "2019-01-04",
                 "main-event": "Shutdown talks fail", "main-entities": ["Donald Trump"], "uuid": "u-1",
                 "triplet-uuid": "%s", "body-paragraphs": [["First sentence with a wave.", "Second one said disaster."]]}
                """.formatted(event);
        String annotations = """
                {"uuid": "u-1", "triplet-uuid": "%s",
                 "article-level-annotations": {"relative_stance": "conservative", "author_feeling_main_event": "neu"},
                 "phrase-level-annotations": [{"id": "p0", "start": 0, "end": 5, "txt": "First", "bias": "lex",
                   "polarity": "neg", "aim": "dir", "target": "Donald_Trump", "speaker": "", "quote": "no"}]}
                """.formatted(event);
        readsHostileCopies(new BasilFormat(), input -> List.of(
                UploadedFile.of("articles/2019/" + event + "_1.json", input.chance(0.5) ? input.mutatedJson(article)
                        : article),
                UploadedFile.of("annotations/2019/" + event + "_1_ann.json", input.mutatedJson(annotations))));
    }

    @Test
    void webAnnoTsvNeverThrows() {
        readsHostileCopies(new WebAnnoTsvFormat(), input -> List.of(UploadedFile.of("annotation/doc.txt/alice.tsv",
                input.mutatedLines(WebAnnoTsvFormatTest.TSV))));
    }

    @Test
    void xmiNeverThrows() {
        InceptionXmiFixture cas = InceptionXmiFormatTest.annotated();
        String xmi = new String(cas.xmi(), UTF_8);
        byte[] typeSystem = cas.typeSystem();
        readsHostileCopies(new InceptionXmiFormat(), input -> List.of(
                new UploadedFile("a1.xmi", "a1.xmi", input.chance(0.5)
                        ? input.mutatedLines(xmi.replace("><", ">\n<")).getBytes(UTF_8)
                        : input.damaged(xmi.getBytes(UTF_8))),
                new UploadedFile("TypeSystem.xml", "TypeSystem.xml", input.chance(0.8) ? typeSystem
                        : input.damaged(typeSystem))));
    }

    /** A DTD's entities could expand a small file to gigabytes, or read the server's files into a document. */
    @Test
    void anXmiWithADoctypeIsRefusedWithoutExpandingOrReadingAnything() {
        InceptionXmiFixture cas = InceptionXmiFormatTest.annotated();
        String xmi = new String(cas.xmi(), UTF_8);
        StringBuilder laughs = new StringBuilder("<!DOCTYPE xmi:XMI [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>");
        String hostile = xmi.replaceFirst("\\?>", "?>" + laughs).replace("NATO\u00a0talks", "&lol12;&secret;");
        ImportProblems problems = new ImportProblems();

        List<AnnotatedDocument> documents = new InceptionXmiFormat().read(List.of(
                new UploadedFile("a1.xmi", "a1.xmi", hostile.getBytes(UTF_8)),
                new UploadedFile("TypeSystem.xml", "TypeSystem.xml", cas.typeSystem())), problems);

        assertThat(documents).allSatisfy(document -> assertThat(document.document().text())
                .doesNotContain("lollol").hasSizeLessThan(10_000));
        assertThat(problems.list()).extracting(Problem::where).contains("a1.xmi");
    }

    private static String mutated(HostileInput input, String sample) {
        return switch (input.random().nextInt(6)) {
            case 0 -> new String(input.damaged(sample.getBytes(UTF_8)), UTF_8);
            case 1 -> input.jsonValue(3);
            default -> input.mutatedJson(sample);
        };
    }

    private static void readsHostileCopies(AnnotatedFormat format, Function<HostileInput, List<UploadedFile>> files) {
        List<Integer> documentsRead = new ArrayList<>();
        HostileInput.tries(SEED, TRIES, (input, number) -> {
            List<UploadedFile> upload = files.apply(input);
            ImportProblems problems = new ImportProblems();
            List<AnnotatedDocument> documents = format.read(upload, problems);
            assertThat(documents).as(format.name() + " documents").isNotNull().doesNotContainNull();
            for (Problem problem : problems.list()) {
                assertThat(problem.where()).as(format.name() + ": " + problem).isNotBlank();
                assertThat(problem.message()).as(format.name() + ": " + problem).isNotBlank();
            }
            documentsRead.add(documents.size());
        });
        // the damage left some files readable: the fuzzing reached past the first refusal
        assertThat(documentsRead).anyMatch(count -> count > 0);
    }
}
