package org.slant.annotation.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.slant.annotation.importing.AnnotatedSamples.BASIL_ANNOTATIONS;
import static org.slant.annotation.importing.AnnotatedSamples.BASIL_ARTICLE;
import static org.slant.annotation.importing.AnnotatedSamples.BASIL_EVENT;
import static org.slant.annotation.importing.AnnotatedSamples.DOCCANO;
import static org.slant.annotation.importing.AnnotatedSamples.LABEL_STUDIO;
import static org.slant.annotation.importing.AnnotatedSamples.PTC_ARTICLE;
import static org.slant.annotation.importing.AnnotatedSamples.PTC_LABELS;
import static org.slant.annotation.importing.AnnotatedSamples.SLANT_JSONL;

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
        readsHostileCopies(new BasilFormat(), input -> List.of(
                UploadedFile.of("articles/2019/" + BASIL_EVENT + "_1.json", input.chance(0.5)
                        ? input.mutatedJson(BASIL_ARTICLE) : BASIL_ARTICLE),
                UploadedFile.of("annotations/2019/" + BASIL_EVENT + "_1_ann.json",
                        input.mutatedJson(BASIL_ANNOTATIONS))));
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
