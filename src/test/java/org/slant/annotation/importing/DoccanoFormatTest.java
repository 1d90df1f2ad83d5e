package org.slant.annotation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.slant.annotation.importing.LabelStudioFormatTest.TEXT;
import static org.slant.annotation.importing.LabelStudioFormatTest.covered;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException.Problem;

class DoccanoFormatTest {

    private static final String TEXT_JSON = "Hi 👋🏽 NATO\\u00a0talks.\\r\\nRussia said 😀 no.";

    private final DoccanoFormat format = new DoccanoFormat();
    private final ImportProblems problems = new ImportProblems();

    private List<AnnotatedDocument> read(String name, String jsonl) {
        return format.read(List.of(UploadedFile.of(name, jsonl)), problems);
    }

    @Test
    void readsLabelTriplesInUtf16UnitsAsCodePoints() {
        // doccano's editor counts as JavaScript: "NATO" starts at UTF-16 unit 8, code point 6
        List<AnnotatedDocument> documents = read("admin.jsonl", """
                {"id": 12, "text": "%s", "label": [[8, 18, "Actor"], [21, 27, "Actor"], [33, 35, "Emoji"]], "Comments": [], "source": "wire"}
                """.formatted(TEXT_JSON));

        assertThat(problems.list()).isEmpty();
        AnnotatedDocument document = documents.getFirst();
        assertThat(document.document().text()).isEqualTo(TEXT);
        assertThat(document.document().meta()).isEqualTo(Map.of("doccanoId", 12, "source", "wire"));
        AnnotatorWork work = document.work().getFirst();
        assertThat(work.annotator()).isNull();
        assertThat(work.spans()).extracting(ImportedSpan::layer, ImportedSpan::label, ImportedSpan::start,
                ImportedSpan::end).containsExactly(tuple(null, "Actor", 6, 16), tuple(null, "Actor", 19, 25),
                        tuple(null, "Emoji", 31, 32));
        assertThat(work.spans()).extracting(span -> covered(document, span))
                .containsExactly("NATO\u00a0talks", "Russia", "😀");
        assertThat(work.spans().get(1).place().of("end")).isEqualTo("admin.jsonl, line 1, field 'label[1][1]'");
    }

    @Test
    void readsEntitiesClassesAndTheSameTextByTwoAnnotatorsAsOneDocument() {
        // CRLF between the lines, as a file saved on Windows has them
        List<AnnotatedDocument> documents = read("all.jsonl", ("""
                {"id": 1, "text": "%s", "entities": [{"id": 5, "label": "Actor", "start_offset": 21, "end_offset": 27}], "relations": [], "user": "alice"}
                {"id": 1, "text": "%s", "label": [[33, 35, "Emoji"]], "user": 9}

                {"text": "Short one.", "label": ["neutral"], "cats": {"loaded": true, "left": false}}
                """).formatted(TEXT_JSON, TEXT_JSON).replace("\n", "\r\n"));

        assertThat(problems.list()).isEmpty();
        assertThat(documents).hasSize(2);
        AnnotatedDocument first = documents.getFirst();
        assertThat(first.where()).isEqualTo("all.jsonl, line 1");
        assertThat(first.work()).extracting(AnnotatorWork::annotator).containsExactly("alice", "doccano-user-9");
        assertThat(first.work().getFirst().place().of("annotator")).isEqualTo("all.jsonl, line 1, field 'user'");
        ImportedSpan entity = first.work().getFirst().spans().getFirst();
        assertThat(covered(first, entity)).isEqualTo("Russia");
        assertThat(entity.place().of("start")).isEqualTo("all.jsonl, line 1, field 'entities[0].start_offset'");
        assertThat(covered(first, first.work().get(1).spans().getFirst())).isEqualTo("😀");
        AnnotatedDocument second = documents.get(1);
        assertThat(second.where()).isEqualTo("all.jsonl, line 4");
        assertThat(second.work().getFirst().answers()).extracting(ImportedAnswer::layer, ImportedAnswer::label)
                .containsExactly(tuple(null, "neutral"), tuple(null, "loaded"));
        assertThat(second.work().getFirst().answers().getFirst().place().of("label"))
                .isEqualTo("all.jsonl, line 4, field 'label[0]'");
    }

    @Test
    void refusesEveryProblemWithFileLineAndField() {
        List<AnnotatedDocument> documents = read("bad.jsonl", """
                {"text": "%s", "label": [[4, 8, "Actor"], ["8", 12, "Actor"], [8, 99, "Actor"]]}
                {"text": "no text field", "label": [[0, 2]]}
                {"txt": "typo"}
                {"text": "a", "relations": [{"from_id": 1, "to_id": 2, "type": "says"}]}
                {"text": "%s"
                {"text": "same", "user": "bob"}
                {"text": "same", "user": "bob"}
                """.formatted(TEXT_JSON, TEXT_JSON));

        assertThat(documents).isEmpty();
        assertThat(problems.list()).extracting(Problem::where).containsExactly(
                "bad.jsonl, line 1, field 'label[0][0]'",
                "bad.jsonl, line 1, field 'label[1][0]'",
                "bad.jsonl, line 1, field 'label[2][0]'",
                "bad.jsonl, line 2, field 'label[0]'",
                "bad.jsonl, line 3, field 'text'",
                "bad.jsonl, line 4, field 'relations'",
                "bad.jsonl, line 5, column 58",
                "bad.jsonl, line 7");
        assertThat(problems.list()).extracting(Problem::message).containsExactly(
                "offset 4 falls inside the character U+1F44B (a character beyond the BMP, such as an emoji, is 2 "
                        + "UTF-16 units) (doccano counts UTF-16 units, as JavaScript does)",
                "is not a whole number of 0 or more: \"8\"",
                "end 99 is beyond the text, which is 39 UTF-16 units long (36 characters) (doccano counts UTF-16 "
                        + "units, as JavaScript does)",
                "is neither a span, [start, end, \"LABEL\"] or {\"start_offset\", \"end_offset\", \"label\"}, nor a "
                        + "class, \"LABEL\"",
                "is missing: every example has its text",
                "holds 1 relations; Slant has no relations between spans: export without them, or remove them",
                problems.list().get(6).message(),
                "the same text as bad.jsonl, line 6, by the same annotator 'bob'; each annotator's work on a text "
                        + "once (a text with several annotators' work is one line per annotator, each naming its "
                        + "'user')");
        assertThat(problems.list().get(6).message()).startsWith("not valid JSON: ");
    }

    @Test
    void refusesOtherFilesAndEmptyOnes() {
        format.read(List.of(UploadedFile.of("export.json", "[]"), UploadedFile.of("empty.jsonl", "\n\n")),
                problems);

        assertThat(problems.list()).containsExactly(
                new Problem("export.json", "not a doccano JSONL export: the file name must end in .jsonl (export the "
                        + "project as JSONL)"),
                new Problem("empty.jsonl", "holds no examples"));
    }
}
