package org.slant.annotation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.annotation.AssignmentStatus;
import org.slant.platform.InvalidInputException.Problem;

class LabelStudioFormatTest {

    /** An emoji with a skin tone (2 code points, 4 UTF-16 units), a no-break space, CRLF and another emoji. */
    static final String TEXT = "Hi 👋🏽 NATO\u00a0talks.\r\nRussia said 😀 no.";
    private static final String TEXT_JSON = "Hi 👋🏽 NATO\\u00a0talks.\\r\\nRussia said 😀 no.";

    private final LabelStudioFormat format = new LabelStudioFormat();
    private final ImportProblems problems = new ImportProblems();

    private List<AnnotatedDocument> read(String json) {
        return format.read(List.of(UploadedFile.of("export.json", json)), problems);
    }

    static String covered(AnnotatedDocument document, ImportedSpan span) {
        String text = document.document().text();
        return text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()));
    }

    private static String labels(String id, int start, int end, String text, String... labels) {
        return """
                {"id": "%s", "from_name": "Framing", "to_name": "text", "type": "labels",
                 "value": {"start": %d, "end": %d, "text": "%s", "labels": [%s]}}"""
                .formatted(id, start, end, text, String.join(", ", java.util.Arrays.stream(labels)
                        .map(label -> '"' + label + '"').toList()));
    }

    @Test
    void turnsUtf16OffsetsIntoCodePointsAfterEmojiNbspAndCrlf() {
        // Label Studio counts as JavaScript does: UTF-16 units, which is what Java's indexOf counts too
        assertThat(TEXT.indexOf("NATO")).isEqualTo(8);
        assertThat(TEXT.indexOf("Russia")).isEqualTo(21);
        List<AnnotatedDocument> documents = read("""
                [{"id": 17, "data": {"text": "%s", "source": "wire"},
                  "annotations": [{"id": 1, "completed_by": 7, "was_cancelled": false, "result": [%s, %s, %s]}],
                  "predictions": []}]""".formatted(TEXT_JSON, labels("a", 8, 18, "NATO\\u00a0talks", "Actor"),
                labels("b", 21, 27, "Russia", "Actor"), labels("c", 33, 35, "😀", "Emoji")));

        assertThat(problems.list()).isEmpty();
        AnnotatedDocument document = documents.getFirst();
        assertThat(document.document().text()).isEqualTo(TEXT);
        assertThat(document.document().title()).isEqualTo("Hi 👋🏽 NATO\u00a0talks.");
        assertThat(document.document().meta()).isEqualTo(Map.of("source", "wire", "labelStudioTask", 17));
        assertThat(document.where()).isEqualTo("export.json, task 1 (line 1)");
        AnnotatorWork work = document.work().getFirst();
        assertThat(work.annotator()).isEqualTo("labelstudio-user-7");
        assertThat(work.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(work.spans()).extracting(ImportedSpan::layer, ImportedSpan::label, ImportedSpan::start,
                ImportedSpan::end).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Framing", "Actor", 6, 16),
                        org.assertj.core.groups.Tuple.tuple("Framing", "Actor", 19, 25),
                        org.assertj.core.groups.Tuple.tuple("Framing", "Emoji", 31, 32));
        assertThat(work.spans()).extracting(span -> covered(document, span))
                .containsExactly("NATO\u00a0talks", "Russia", "😀");
        assertThat(work.spans()).extracting(ImportedSpan::text).containsExactly("NATO\u00a0talks", "Russia", "😀");
        assertThat(work.spans().getFirst().place().of("start"))
                .isEqualTo("export.json, task 1 (line 1), field 'annotations[0].result[0].value.start'");
        assertThat(work.spans().getFirst().place().of("label"))
                .isEqualTo("export.json, task 1 (line 1), field 'annotations[0].result[0].value.labels[0]'");
    }

    @Test
    void takesCodePointOffsetsWhenTheSpansTextSaysSo() {
        // a script's file: Python counted code points, and the text shows it
        List<AnnotatedDocument> documents = read("""
                [{"data": {"text": "%s"}, "annotations": [{"completed_by": 1, "result": [%s]}]}]"""
                .formatted(TEXT_JSON, labels("a", 19, 25, "Russia", "Actor")));

        assertThat(problems.list()).isEmpty();
        ImportedSpan span = documents.getFirst().work().getFirst().spans().getFirst();
        assertThat(span.start()).isEqualTo(19);
        assertThat(covered(documents.getFirst(), span)).isEqualTo("Russia");
    }

    @Test
    void readsAnnotatorsStatusesChoicesAndRegionAttributes() {
        List<AnnotatedDocument> documents = read("""
                [
                  {"id": 3, "data": {"text": "%s", "title": "Talks", "url": "https://example.org/t"},
                   "annotations": [
                     {"completed_by": {"id": 4, "email": "alice@example.org"}, "result": [
                       {"id": "r1", "from_name": "stance", "to_name": "text", "type": "choices",
                        "value": {"start": 21, "end": 27, "text": "Russia", "choices": ["hostile"]}},
                       %s,
                       {"id": "d1", "from_name": "Bias", "to_name": "text", "type": "choices",
                        "value": {"choices": ["left", "loaded"]}}]},
                     {"completed_by": 5, "was_cancelled": true, "result": []}],
                   "predictions": [{"model_version": "v1", "result": [%s]}]}
                ]""".formatted(TEXT_JSON, labels("r1", 21, 27, "Russia", "Actor"),
                labels("p", 8, 12, "NATO", "Actor")));

        assertThat(problems.list()).isEmpty();
        AnnotatedDocument document = documents.getFirst();
        assertThat(document.document().title()).isEqualTo("Talks");
        assertThat(document.document().url()).isEqualTo("https://example.org/t");
        assertThat(document.where()).isEqualTo("export.json, task 1 (line 2)");
        // the predictions are passed over: the upload has annotations
        assertThat(document.work()).extracting(AnnotatorWork::annotator, AnnotatorWork::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alice", AssignmentStatus.DONE),
                org.assertj.core.groups.Tuple.tuple("labelstudio-user-5", AssignmentStatus.SKIPPED));
        AnnotatorWork alice = document.work().getFirst();
        ImportedSpan span = alice.spans().getFirst();
        assertThat(covered(document, span)).isEqualTo("Russia");
        assertThat(span.attributes()).isEqualTo(Map.of("stance", "hostile"));
        assertThat(span.place().of("attributes.stance")).isEqualTo("export.json, task 1 (line 2), field "
                + "'annotations[0].result[0]'");
        assertThat(alice.answers()).extracting(ImportedAnswer::layer, ImportedAnswer::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Bias", "left"),
                org.assertj.core.groups.Tuple.tuple("Bias", "loaded"));
        assertThat(alice.answers().get(1).place().of("label")).isEqualTo("export.json, task 1 (line 2), field "
                + "'annotations[0].result[2].value.choices[1]'");
        assertThat(alice.place().of("annotator")).isEqualTo("export.json, task 1 (line 2), field "
                + "'annotations[0].completed_by'");
    }

    @Test
    void readsPredictionsAsWorkWithoutAnnotatorWhenTheUploadHasNoAnnotations() {
        List<AnnotatedDocument> documents = read("""
                [{"data": {"text": "%s"}, "annotations": [],
                  "predictions": [{"model_version": "v1", "score": 0.8, "result": [%s]}]},
                 {"data": {"text": "No predictions here."}}]""".formatted(TEXT_JSON,
                labels("p", 33, 35, "😀", "Emoji")));

        assertThat(problems.list()).isEmpty();
        assertThat(documents).hasSize(2);
        AnnotatorWork work = documents.getFirst().work().getFirst();
        assertThat(work.annotator()).isNull();
        assertThat(work.status()).isNull();
        assertThat(covered(documents.getFirst(), work.spans().getFirst())).isEqualTo("😀");
        assertThat(documents.get(1).work()).isEmpty();
    }

    @Test
    void refusesATextThatMatchesNeitherReadingNamingFileTaskLineAndField() {
        List<AnnotatedDocument> documents = read("""
                [{"data": {"text": "ok"}},
                 {"data": {"text": "%s"},
                  "annotations": [{"completed_by": 1, "result": [%s]}]}]""".formatted(TEXT_JSON,
                labels("a", 8, 12, "Nato", "Actor")));

        assertThat(documents).isEmpty();
        assertThat(problems.list()).containsExactly(new Problem(
                "export.json, task 2 (line 2), field 'annotations[0].result[0].value.text'",
                "is 'Nato', which is not the text at start 8 and end 12: counted in UTF-16 units, as Label Studio "
                        + "counts, they cover 'NATO'; counted in code points they cover 'TO\u00a0t'; was the text "
                        + "changed after it was annotated?"));
    }

    @Test
    void refusesOffsetsInsideAnEmojiAndUnknownResultsAndTwiceTheSameAnnotator() {
        String withoutText = """
                {"id": "x", "from_name": "Framing", "type": "labels", "value": {"start": 4, "end": 8, "labels": ["A"]}}""";
        read("""
                [{"data": {"text": "%s"},
                  "annotations": [
                    {"completed_by": 1, "result": [%s,
                      {"from_name": "rel", "type": "relation", "from_id": "x", "to_id": "y"}]},
                    {"completed_by": {"id": 1}, "result": []}]}]""".formatted(TEXT_JSON, withoutText));

        assertThat(problems.list()).containsExactly(
                new Problem("export.json, task 1 (line 1), field 'annotations[0].result[1].type'", "'relation' "
                        + "results are not read: Slant reads 'labels' (spans), 'choices' (answers, or attributes of a "
                        + "region) and per-region 'textarea', 'number' and 'rating' (attributes); remove the others "
                        + "from the export"),
                new Problem("export.json, task 1 (line 1), field 'annotations[0].result[0].value.start'",
                        "offset 4 falls inside the character U+1F44B (a character beyond the BMP, such as an emoji, "
                                + "is 2 UTF-16 units)"),
                new Problem("export.json, task 1 (line 1), field 'annotations[1].completed_by'", "the same "
                        + "annotator 'labelstudio-user-1' as annotations[0]; Slant keeps one piece of work per "
                        + "annotator and document: remove the other annotation from the export"));
    }

    @Test
    void refusesInvalidJsonAndTasksWithoutDataByLine() {
        List<AnnotatedDocument> documents = format.read(List.of(
                UploadedFile.of("broken.json", "[\n  {\"data\": {\"text\": \"a\"}},\n  {\"data\": \n]"),
                UploadedFile.of("other.json", "[\n {\"content\": \"a\", \"label\": []}\n]"),
                UploadedFile.of("tasks.csv", "text\na")), problems);

        assertThat(documents).isEmpty();
        assertThat(problems.list()).extracting(Problem::where).containsExactly("broken.json, line 4, column 1",
                "tasks.csv", "other.json, task 1 (line 2), field 'data'");
        assertThat(problems.list().getFirst().message()).startsWith("not valid JSON: ");
        assertThat(problems.list().get(2).message()).startsWith("is missing: a task of Label Studio's JSON export "
                + "holds its text in 'data'");
    }

    @Test
    void readsAJsonMinExportsRowsOfOneTextAsOneDocument() {
        // JSON-MIN: one row per annotation, the task's data and the controls' results side by side
        List<AnnotatedDocument> documents = read("""
                [
                 {"id": 5, "text": "%s", "source": "wire", "annotator": "alice@example.org", "annotation_id": 1,
                  "lead_time": 3.5, "label": [{"start": 21, "end": 27, "text": "Russia", "labels": ["Actor"]}],
                  "bias": {"choices": ["left", "loaded"]}},
                 {"id": 5, "text": "%s", "source": "wire", "annotator": 9, "annotation_id": 2,
                  "label": [{"start": 33, "end": 35, "text": "😀", "labels": ["Emoji"]}]}
                ]""".formatted(TEXT_JSON, TEXT_JSON));

        assertThat(problems.list()).isEmpty();
        assertThat(documents).hasSize(1);
        AnnotatedDocument document = documents.getFirst();
        assertThat(document.where()).isEqualTo("export.json, task 1 (line 2)");
        assertThat(document.document().meta()).isEqualTo(Map.of("source", "wire", "labelStudioTask", 5));
        assertThat(document.work()).extracting(AnnotatorWork::annotator).containsExactly("alice",
                "labelstudio-user-9");
        ImportedSpan russia = document.work().getFirst().spans().getFirst();
        assertThat(russia.layer()).isEqualTo("label");
        assertThat(covered(document, russia)).isEqualTo("Russia");
        assertThat(russia.place().of("start")).isEqualTo("export.json, task 1 (line 2), field 'label[0].start'");
        assertThat(document.work().getFirst().answers()).extracting(ImportedAnswer::layer, ImportedAnswer::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bias", "left"),
                        org.assertj.core.groups.Tuple.tuple("bias", "loaded"));
        assertThat(covered(document, document.work().get(1).spans().getFirst())).isEqualTo("😀");
        assertThat(document.work().get(1).place().of("annotator"))
                .isEqualTo("export.json, task 2 (line 5), field 'annotator'");
    }
}
