package org.slant.annotation.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.annotation.AssignmentStatus;
import org.slant.platform.InvalidInputException.Problem;

/**
 * The XMI reader on CASes made with uimaj: offsets in code points past emoji, CRLF and NBSP kept, INCEpTION's export
 * layout naming annotators, and each refusal naming its file and place.
 */
class InceptionXmiFormatTest {

    /** An emoji with a skin tone (two characters beyond the BMP), NBSP, CRLF and a flag (two more). */
    static final String TEXT = "Hi 👋🏽 NATO\u00a0talks\r\nPROMO HEADLINE\r\nStoltenberg said “no” 🇺🇦 today.";

    final InceptionXmiFormat format = new InceptionXmiFormat();
    final ImportProblems problems = new ImportProblems();

    static InceptionXmiFixture annotated() {
        InceptionXmiFixture cas = new InceptionXmiFixture(TEXT);
        cas.annotate(InceptionXmiFixture.FRAMING, "NATO\u00a0talks", Map.of("value", "Conflict", "note", "a [note]",
                "strength", 3, "explicit", true));
        cas.annotate(InceptionXmiFixture.QUOTE, "“no” 🇺🇦", Map.of());
        cas.annotate(InceptionXmiFormat.NAMED_ENTITY, "Stoltenberg", Map.of("value", "PER"));
        cas.annotate(InceptionXmiFixture.TOKEN, "Hi", Map.of());
        cas.annotate(InceptionXmiFixture.FRAMING, "today", Map.of("value", "Time"));
        cas.document(InceptionXmiFixture.STANCE, Map.of("label", "neutral"));
        return cas;
    }

    /** The code point offset of {@code part} in {@link #TEXT}. */
    static int at(String part) {
        return TEXT.codePointCount(0, TEXT.indexOf(part));
    }

    static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void aBareXmiIsOneDocumentWithItsSpansInCodePoints() {
        InceptionXmiFixture cas = annotated();
        List<AnnotatedDocument> documents = format.read(List.of(
                new UploadedFile("a1.xmi", "a1.xmi", cas.xmi()),
                new UploadedFile("TypeSystem.xml", "TypeSystem.xml", cas.typeSystem())), problems);

        assertThat(problems.list()).isEmpty();
        assertThat(documents).hasSize(1);
        AnnotatedDocument document = documents.getFirst();
        assertThat(document.document().text()).isEqualTo(TEXT);
        assertThat(document.document().title()).isEqualTo("a1");
        assertThat(document.where()).isEqualTo("a1.xmi");
        assertThat(document.work()).hasSize(1);
        AnnotatorWork work = document.work().getFirst();
        assertThat(work.annotator()).isNull();
        assertThat(work.spans()).extracting(ImportedSpan::layer, ImportedSpan::label, ImportedSpan::start,
                ImportedSpan::end, ImportedSpan::text).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Framing", "Conflict", at("NATO"), at("NATO") + 10,
                                "NATO\u00a0talks"),
                        org.assertj.core.groups.Tuple.tuple("NamedEntity", "PER", at("Stoltenberg"),
                                at("Stoltenberg") + 11, "Stoltenberg"),
                        org.assertj.core.groups.Tuple.tuple("Quote", "Quote", at("“no”"), at("“no”") + 7,
                                "“no” 🇺🇦"),
                        org.assertj.core.groups.Tuple.tuple("Framing", "Time", at("today"), at("today") + 5,
                                "today"));
        // past the emoji (2 code points, 4 UTF-16 units) the code point offset is 2 less than UIMA's
        assertThat(at("NATO")).isEqualTo(6).isEqualTo(TEXT.indexOf("NATO") - 2);
        for (ImportedSpan span : work.spans()) {
            assertThat(codePoints(TEXT, span.start(), span.end())).isEqualTo(span.text());
        }
        assertThat(work.spans().getFirst().attributes())
                .containsExactlyInAnyOrderEntriesOf(Map.of("note", "a [note]", "strength", 3, "explicit", true));
        assertThat(work.spans().get(3).attributes()).containsExactlyInAnyOrderEntriesOf(
                Map.of("strength", 0, "explicit", false));
        assertThat(work.answers()).extracting(ImportedAnswer::layer, ImportedAnswer::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Stance", "neutral"));
        assertThat(work.spans().getFirst().place().of("start")).matches("a1\\.xmi, webanno\\.custom\\.Framing "
                + "xmi:id \\d+, feature 'begin'");
        assertThat(work.spans().getFirst().place().of("label")).endsWith(", feature 'value'");
        assertThat(work.spans().getFirst().place().of("attributes.note")).endsWith(", feature 'note'");
    }

    @Test
    void aProjectExportGroupsTheAnnotatorsOfEachDocumentByTheirFileNames() {
        InceptionXmiFixture alice = annotated();
        InceptionXmiFixture bob = new InceptionXmiFixture(TEXT);
        bob.annotate(InceptionXmiFixture.FRAMING, "PROMO HEADLINE", Map.of("value", "Promo"));
        InceptionXmiFixture curation = new InceptionXmiFixture(TEXT);
        curation.annotate(InceptionXmiFixture.FRAMING, "NATO\u00a0talks", Map.of("value", "Conflict"));
        InceptionXmiFixture initial = new InceptionXmiFixture(TEXT);
        InceptionXmiFixture other = new InceptionXmiFixture("Second\r\ndocument.");
        other.annotate(InceptionXmiFixture.FRAMING, "document", Map.of("value", "Plain"));
        String zip = "project.zip, entry '";
        List<UploadedFile> upload = List.of(
                new UploadedFile(zip + "exportedproject1.json'", "exportedproject1.json", """
                        {"name": "p", "annotation_documents": [
                          {"name": "d1.txt", "user": "alice", "state": "FINISHED"},
                          {"name": "d1.txt", "user": "bob", "state": "IN_PROGRESS"},
                          {"name": "d1.txt", "user": "dave", "state": "FINISHED"},
                          {"name": "d1.txt", "user": "erin", "state": "NEW"}]}""".getBytes(UTF_8)),
                new UploadedFile(zip + "source/d1.txt'", "source/d1.txt", TEXT.getBytes(UTF_8)),
                new UploadedFile(zip + "annotation/d1.txt/INITIAL_CAS.zip'", "annotation/d1.txt/INITIAL_CAS.zip",
                        initial.userZip("INITIAL_CAS")),
                new UploadedFile(zip + "annotation/d1.txt/alice.zip'", "annotation/d1.txt/alice.zip",
                        alice.userZip("alice")),
                new UploadedFile(zip + "annotation/d1.txt/bob.zip'", "annotation/d1.txt/bob.zip",
                        bob.userZip("bob")),
                // dave finished the document with nothing on it; erin only opened it
                new UploadedFile(zip + "annotation/d1.txt/dave.zip'", "annotation/d1.txt/dave.zip",
                        new InceptionXmiFixture(TEXT).userZip("dave")),
                new UploadedFile(zip + "annotation/d1.txt/erin.zip'", "annotation/d1.txt/erin.zip",
                        new InceptionXmiFixture(TEXT).userZip("erin")),
                new UploadedFile(zip + "annotation/d2.txt/carol.xmi'", "annotation/d2.txt/carol.xmi", other.xmi()),
                new UploadedFile(zip + "annotation/d2.txt/TypeSystem.xml'", "annotation/d2.txt/TypeSystem.xml",
                        other.typeSystem()),
                new UploadedFile(zip + "curation/d1.txt/CURATION_USER.zip'", "curation/d1.txt/CURATION_USER.zip",
                        curation.userZip("CURATION_USER")));

        List<AnnotatedDocument> documents = format.read(upload, problems);

        assertThat(problems.list()).isEmpty();
        assertThat(documents).extracting(document -> document.document().title()).containsExactly("d1.txt",
                "d2.txt");
        AnnotatedDocument d1 = documents.getFirst();
        assertThat(d1.document().text()).isEqualTo(TEXT);
        assertThat(d1.work()).extracting(AnnotatorWork::annotator, AnnotatorWork::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alice", AssignmentStatus.DONE),
                org.assertj.core.groups.Tuple.tuple("bob", AssignmentStatus.IN_PROGRESS),
                org.assertj.core.groups.Tuple.tuple("dave", AssignmentStatus.DONE),
                org.assertj.core.groups.Tuple.tuple(null, null));
        assertThat(d1.work().get(2).spans()).isEmpty();
        AnnotatorWork bobs = d1.work().get(1);
        assertThat(bobs.spans()).singleElement().satisfies(span -> {
            assertThat(span.start()).isEqualTo(at("PROMO"));
            assertThat(span.text()).isEqualTo("PROMO HEADLINE");
            assertThat(codePoints(TEXT, span.start(), span.end())).isEqualTo("PROMO HEADLINE");
            assertThat(span.place().of("")).startsWith("project.zip, entry 'annotation/d1.txt/bob.zip', entry "
                    + "'bob.xmi', webanno.custom.Framing xmi:id ");
        });
        assertThat(bobs.place().of("annotator")).contains("annotation/d1.txt/bob.zip");
        AnnotatedDocument d2 = documents.get(1);
        assertThat(d2.document().text()).isEqualTo("Second\r\ndocument.");
        assertThat(d2.work()).singleElement().satisfies(work -> {
            assertThat(work.annotator()).isEqualTo("carol");
            assertThat(work.status()).isNull();
            assertThat(work.spans()).singleElement().extracting(ImportedSpan::start, ImportedSpan::end)
                    .containsExactly(8, 16);
        });
    }

    @Test
    void xml11AsINCEpTIONAlsoExportsReadsTheSame() {
        InceptionXmiFixture cas = annotated();
        String xmi = new String(cas.xmi(), UTF_8);
        assertThat(xmi).startsWith("<?xml version=\"1.0\"");

        List<AnnotatedDocument> documents = format.read(List.of(
                new UploadedFile("a1.xmi", "a1.xmi", xmi.replaceFirst("version=\"1.0\"", "version=\"1.1\"")
                        .getBytes(UTF_8)),
                new UploadedFile("TypeSystem.xml", "TypeSystem.xml", cas.typeSystem())), problems);

        assertThat(problems.list()).isEmpty();
        assertThat(documents.getFirst().document().text()).isEqualTo(TEXT);
        assertThat(documents.getFirst().work().getFirst().spans()).extracting(ImportedSpan::start)
                .containsExactly(at("NATO"), at("Stoltenberg"), at("“no”"), at("today"));
    }

    @Test
    void relationsAreNotSpans() {
        InceptionXmiFixture cas = new InceptionXmiFixture(TEXT);
        var a = cas.annotate(InceptionXmiFixture.FRAMING, "NATO", Map.of("value", "A"));
        var b = cas.annotate(InceptionXmiFixture.FRAMING, "today", Map.of("value", "B"));
        cas.link(a, b);

        List<AnnotatedDocument> documents = format.read(List.of(new UploadedFile("r.xmi", "r.xmi", cas.xmi()),
                new UploadedFile("TypeSystem.xml", "TypeSystem.xml", cas.typeSystem())), problems);

        assertThat(problems.list()).isEmpty();
        assertThat(documents.getFirst().work().getFirst().spans()).extracting(ImportedSpan::label)
                .containsExactly("A", "B");
    }

    @Test
    void anXmiWithoutTypeSystemIsRefusedByName() {
        List<AnnotatedDocument> documents = format.read(List.of(
                new UploadedFile("up.zip, entry 'a1.xmi'", "a1.xmi", annotated().xmi())), problems);

        assertThat(documents).isEmpty();
        assertThat(problems.list()).containsExactly(new Problem("up.zip, entry 'a1.xmi'",
                "no type system: upload the TypeSystem.xml INCEpTION exports with it (in the same zip)"));
    }

    @Test
    void anXmiThatDoesNotFitItsTypeSystemIsAMismatch() {
        InceptionXmiFixture smaller = new InceptionXmiFixture(TEXT, false);
        List<AnnotatedDocument> documents = format.read(List.of(
                new UploadedFile("a1.xmi", "a1.xmi", annotated().xmi()),
                new UploadedFile("TypeSystem.xml", "TypeSystem.xml", smaller.typeSystem())), problems);

        assertThat(documents).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).startsWith("a1.xmi");
            assertThat(problem.message()).startsWith("does not fit its type system TypeSystem.xml (type system "
                    + "mismatch): ").contains("Stance");
        });
    }

    @Test
    void notXmiNamesTheFileAndLine() {
        InceptionXmiFixture cas = annotated();
        List<AnnotatedDocument> documents = format.read(List.of(
                new UploadedFile("a1.xmi", "a1.xmi", "<?xml version=\"1.0\"?>\n<xmi:XMI>\n<broken".getBytes(UTF_8)),
                new UploadedFile("TypeSystem.xml", "TypeSystem.xml", cas.typeSystem()),
                new UploadedFile("notes.txt", "notes.txt", "hello".getBytes(UTF_8))), problems);

        assertThat(documents).isEmpty();
        assertThat(problems.list()).hasSize(2);
        assertThat(problems.list().getFirst().where()).isEqualTo("notes.txt");
        assertThat(problems.list().getFirst().message()).startsWith("neither UIMA CAS XMI (.xmi) nor a type system");
        assertThat(problems.list().get(1).where()).startsWith("a1.xmi, line ");
        assertThat(problems.list().get(1).message()).startsWith("not UIMA CAS XMI: ");
    }

    @Test
    void aSpanOutsideTheTextOrWithoutLabelIsRefusedNamingItsFeature() {
        InceptionXmiFixture cas = new InceptionXmiFixture("Short.");
        cas.annotate(InceptionXmiFixture.FRAMING, 2, 40, Map.of("value", "Far"));
        cas.annotate(InceptionXmiFixture.FRAMING, 0, 5, Map.of());

        List<AnnotatedDocument> documents = format.read(List.of(new UploadedFile("s.xmi", "s.xmi", cas.xmi()),
                new UploadedFile("TypeSystem.xml", "TypeSystem.xml", cas.typeSystem())), problems);

        assertThat(documents).isEmpty();
        assertThat(problems.list()).extracting(Problem::where, Problem::message).satisfiesExactlyInAnyOrder(
                problem -> {
                    assertThat((String) problem.toList().get(0)).matches("s\\.xmi, webanno\\.custom\\.Framing "
                            + "xmi:id \\d+, features 'begin' and 'end'");
                    assertThat(problem.toList().get(1)).isEqualTo("the span 2-40 is outside the text of 6 UTF-16 "
                            + "units");
                },
                problem -> {
                    assertThat((String) problem.toList().get(0)).matches("s\\.xmi, webanno\\.custom\\.Framing "
                            + "xmi:id \\d+, feature 'value'");
                    assertThat((String) problem.toList().get(1)).startsWith("has no label: its feature 'value' is "
                            + "empty");
                });
    }

    @Test
    void twoDocumentsOfOneNameWithDifferentTextsAreRefused() {
        InceptionXmiFixture alice = annotated();
        InceptionXmiFixture bob = new InceptionXmiFixture(TEXT + " More.");
        bob.annotate(InceptionXmiFixture.FRAMING, "More", Map.of("value", "X"));
        List<AnnotatedDocument> documents = format.read(List.of(
                new UploadedFile("annotation/d/alice.zip", "annotation/d/alice.zip", alice.userZip("alice")),
                new UploadedFile("annotation/d/bob.zip", "annotation/d/bob.zip", bob.userZip("bob"))), problems);

        assertThat(documents).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("annotation/d/bob.zip, entry 'bob.xmi'");
            assertThat(problem.message()).startsWith("its text is not the text of the same document in "
                    + "annotation/d/alice.zip, entry 'alice.xmi'");
        });
    }

    @Test
    void aDoctypeIsRefusedBeforeParsing() {
        InceptionXmiFixture cas = annotated();
        String xmi = new String(cas.xmi(), UTF_8).replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]>");
        List<AnnotatedDocument> documents = format.read(List.of(new UploadedFile("e.xmi", "e.xmi", xmi.getBytes(UTF_8)),
                new UploadedFile("TypeSystem.xml", "TypeSystem.xml", cas.typeSystem())), problems);

        assertThat(documents).isEmpty();
        assertThat(problems.list()).containsExactly(new Problem("e.xmi", "has a DOCTYPE; UIMA CAS XMI has none "
                + "(entities are not read, for safety)"));
    }
}
