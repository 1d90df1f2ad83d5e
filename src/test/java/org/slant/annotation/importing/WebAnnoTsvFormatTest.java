package org.slant.annotation.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException.Problem;

/**
 * The TSV reader on files written by hand as INCEpTION writes them: UTF-16 offsets past emoji turned into code
 * points, NBSP and a CRLF inside a sentence kept, multi-token and stacked spans, escaping, the text rebuilt, and each
 * refusal naming its file, line and column.
 */
class WebAnnoTsvFormatTest {

    /** The original text; between sentences TSV keeps no white space, so the rebuilt one differs there only. */
    static final String ORIGINAL = "Hi 👋🏽 NATO\u00a0talks.\r\nStoltenberg said “no” 🇺🇦 today. PROMO\r\nHEADLINE";
    static final String REBUILT = "Hi 👋🏽 NATO\u00a0talks.\n\nStoltenberg said “no” 🇺🇦 today.\nPROMO\r\nHEADLINE";

    static final String HEADER = """
            #FORMAT=WebAnno TSV 3.3
            #T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value
            #T_SP=webanno.custom.Framing|note|value
            #T_SP=webanno.custom.Quote
            #T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS|PosValue
            #T_RL=webanno.custom.Support|label|BT_webanno.custom.Framing


            """;

    /** Offsets are UTF-16 units: 👋🏽 is 3-7, 🇺🇦 43-47. Columns 4-11: NE id and value, Framing note and value,
     * Quote, POS, Support label and base. */
    static final String TSV = HEADER + String.join("\n",
            "#Text=Hi 👋🏽 NATO\u00a0talks.",
            row("1-1", "0-2", "Hi", "_", "_", "_", "_", "_", "_", "_", "_"),
            row("1-2", "3-7", "👋🏽", "_", "_", "_", "_", "_", "_", "_", "_"),
            row("1-3", "8-12", "NATO", "_", "_", "a \\| b[1]", "Conflict[1]", "_", "NNP", "_", "_"),
            row("1-4", "13-18", "talks", "_", "_", "a \\| b[1]", "Conflict[1]", "_", "NNS", "_", "_"),
            row("1-5", "18-19", ".", "_", "_", "_", "_", "_", "_", "_", "_"),
            "",
            "#Text=Stoltenberg said “no” 🇺🇦 today.",
            row("2-1", "21-32", "Stoltenberg", "*", "PER", "_", "_", "_", "NNP", "_", "_"),
            row("2-2", "33-37", "said", "_", "_", "_", "_", "_", "VBD", "_", "_"),
            row("2-3", "38-42", "“no”", "_", "_", "_", "_", "*[2]", "_", "_", "_"),
            row("2-4", "43-47", "🇺🇦", "_", "_", "_", "_", "*[2]", "_", "_", "_"),
            row("2-5", "48-53", "today", "_", "_", "*[4]|*[5]", "Time\\_line[4]|Temporal[5]", "_", "_",
                    "supports", "1-3[1_4]"),
            row("2-6", "53-54", ".", "_", "_", "_", "_", "_", "_", "_", "_"),
            "",
            "#Text=PROMO\r",
            "#Text=HEADLINE",
            row("3-1", "55-60", "PROMO", "_", "_", "*[6]", "Promo[6]", "_", "_", "_", "_"),
            row("3-2", "62-70", "HEADLINE", "_", "_", "*[6]", "Promo[6]", "_", "_", "_", "_"),
            "");

    final WebAnnoTsvFormat format = new WebAnnoTsvFormat();
    final ImportProblems problems = new ImportProblems();

    /** A token line as INCEpTION writes it: tab-separated, with a tab at the end. */
    static String row(String... cells) {
        return String.join("\t", cells) + "\t";
    }

    static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    List<AnnotatedDocument> read(String name, String content) {
        return format.read(List.of(UploadedFile.of(name, content)), problems);
    }

    @Test
    void spansComeInCodePointsOnTheRebuiltText() {
        List<AnnotatedDocument> documents = read("doc.tsv", TSV);

        assertThat(problems.list()).isEmpty();
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.document().title()).isEqualTo("doc");
            assertThat(document.document().text()).isEqualTo(REBUILT);
            // the same length as the original: every offset is the original's
            assertThat(REBUILT).hasSameSizeAs(ORIGINAL);
        });
        AnnotatorWork work = documents.getFirst().work().getFirst();
        assertThat(work.annotator()).isNull();
        assertThat(work.spans()).extracting(ImportedSpan::layer, ImportedSpan::label, ImportedSpan::start,
                ImportedSpan::end, ImportedSpan::text).containsExactly(
                        tuple("Framing", "Conflict", 6, 16, "NATO\u00a0talks"),
                        tuple("NamedEntity", "PER", 19, 30, "Stoltenberg"),
                        tuple("Quote", "Quote", 36, 43, "“no” 🇺🇦"),
                        tuple("Framing", "Time_line", 44, 49, "today"),
                        tuple("Framing", "Temporal", 44, 49, "today"),
                        tuple("Framing", "Promo", 51, 66, "PROMO\r\nHEADLINE"));
        for (ImportedSpan span : work.spans()) {
            assertThat(codePoints(ORIGINAL, span.start(), span.end())).isEqualTo(span.text());
        }
        assertThat(work.spans().getFirst().attributes()).isEqualTo(Map.of("note", "a | b"));
        assertThat(work.spans().get(1).attributes()).isEmpty();
        assertThat(work.spans().get(3).attributes()).isEmpty();
        ImportedSpan conflict = work.spans().getFirst();
        assertThat(conflict.place().of("start")).isEqualTo("doc.tsv, line 12, column 2 (offsets)");
        assertThat(conflict.place().of("end")).isEqualTo("doc.tsv, line 13, column 2 (offsets)");
        assertThat(conflict.place().of("label")).isEqualTo("doc.tsv, line 12, column 7 (webanno.custom.Framing|value)");
        assertThat(conflict.place().of("attributes.note"))
                .isEqualTo("doc.tsv, line 12, column 6 (webanno.custom.Framing|note)");
        assertThat(conflict.place().of("layer")).isEqualTo("doc.tsv, line 3 (webanno.custom.Framing)");
    }

    @Test
    void aFileSavedWithCrlfReadsTheSame() {
        List<AnnotatedDocument> documents = read("doc.tsv", TSV.replace("\n", "\r\n"));

        assertThat(problems.list()).isEmpty();
        // every line's last CR is the file's; the CR of the sentence's own CRLF stays before it
        assertThat(documents.getFirst().document().text()).isEqualTo(REBUILT);
        assertThat(documents.getFirst().work().getFirst().spans()).extracting(ImportedSpan::start)
                .containsExactly(6, 19, 36, 44, 44, 51);
    }

    @Test
    void withoutUsableTextLinesTheGapsInsideASentenceAreSpaces() {
        String tsv = HEADER.replace("#T_SP=webanno.custom.Quote\n", "").replaceAll("#T_SP=de.*POS.*\n", "")
                .replaceAll("#T_RL.*\n", "") + String.join("\n",
                        "#Text=something else",
                        "1-1\t2-4\tab\t_\t_\t*[1]\tX[1]",
                        "1-2\t6-7\tc\t_\t_\t*[1]\tX[1]",
                        "");

        List<AnnotatedDocument> documents = read("gaps.tsv", tsv);

        assertThat(problems.list()).isEmpty();
        assertThat(documents.getFirst().document().text()).isEqualTo("\n\nab  c");
        assertThat(documents.getFirst().work().getFirst().spans()).singleElement()
                .extracting(ImportedSpan::start, ImportedSpan::end, ImportedSpan::text)
                .containsExactly(2, 7, "ab  c");
    }

    @Test
    void aProjectExportNamesTheAnnotatorsByTheirFileNames() {
        String bob = TSV.replace("Conflict[1]", "Threat[1]");
        List<AnnotatedDocument> documents = format.read(List.of(
                new UploadedFile("p.zip, entry 'annotation/d1.txt/alice.tsv'", "annotation/d1.txt/alice.tsv",
                        TSV.getBytes(UTF_8)),
                new UploadedFile("p.zip, entry 'annotation/d1.txt/bob.tsv'", "annotation/d1.txt/bob.tsv",
                        bob.getBytes(UTF_8)),
                new UploadedFile("p.zip, entry 'source/d1.txt'", "source/d1.txt", ORIGINAL.getBytes(UTF_8))),
                problems);

        assertThat(problems.list()).isEmpty();
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.document().title()).isEqualTo("d1.txt");
            assertThat(document.work()).extracting(AnnotatorWork::annotator).containsExactly("alice", "bob");
            assertThat(document.work().get(1).spans().getFirst().label()).isEqualTo("Threat");
        });
    }

    @Test
    void notTsvIsRefusedAtLineOne() {
        assertThat(read("x.tsv", "sentence\ttoken\n")).isEmpty();
        assertThat(problems.list()).containsExactly(new Problem("x.tsv, line 1", "not WebAnno TSV 3: the first line "
                + "must be '#FORMAT=WebAnno TSV 3.3' (or 3.x), not 'sentence\ttoken'"));
    }

    @Test
    void anotherFileIsRefusedByName() {
        assertThat(format.read(List.of(UploadedFile.of("notes.txt", "hello"),
                UploadedFile.of("doc.tsv", TSV)), problems)).isEmpty();
        assertThat(problems.list()).containsExactly(new Problem("notes.txt", "not WebAnno TSV (.tsv); upload "
                + "INCEpTION's export as it is, or its .tsv files"));
    }

    @Test
    void eachBrokenLineIsNamedWithItsColumn() {
        String tsv = TSV
                .replace(row("1-1", "0-2", "Hi", "_", "_", "_", "_", "_", "_", "_", "_"),
                        row("1-1", "0-3", "Hi", "_", "_", "_", "_", "_", "_", "_", "_"))
                .replace(row("1-2", "3-7", "👋🏽", "_", "_", "_", "_", "_", "_", "_", "_"),
                        row("1-2", "3-7", "👋🏽", "_", "_", "_"))
                .replace("Promo[6]", "*[6]")
                .replace("*[4]|*[5]", "*[4]")
                .replace("Stoltenberg\t*\tPER", "Stoltenberg\t*\tP]ER");

        assertThat(read("bad.tsv", tsv)).isEmpty();

        assertThat(problems.list()).containsExactly(
                new Problem("bad.tsv, line 10, column 2 (offsets)", "the offsets 0-3 do not fit the token 'Hi' "
                        + "(2 UTF-16 units)"),
                new Problem("bad.tsv, line 11", "has 6 columns; the header declares 11 (id, offsets, token and 8 of "
                        + "layers)"),
                new Problem("bad.tsv, line 17, column 5 (de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
                        + "|value)", "'P]ER' is not a value: an unescaped '[' or ']' that is not a disambiguation "
                        + "id such as [3]"),
                new Problem("bad.tsv, line 21, column 6 (webanno.custom.Framing|note)", "holds 1 annotation(s) and "
                        + "webanno.custom.Framing|value 2; each of a layer's columns has one value per annotation "
                        + "on the token"));
    }

    @Test
    void aSpanWithoutLabelIsRefusedAtItsLabelColumn() {
        assertThat(read("nolabel.tsv", TSV.replace("Promo[6]", "*[6]"))).isEmpty();
        assertThat(problems.list()).containsExactly(new Problem("nolabel.tsv, line 26, column 7 "
                + "(webanno.custom.Framing|value)", "has no label ('*'): label the span in INCEpTION, or delete it, "
                + "and export again"));
    }

    @Test
    void theExampleInTheDocsReadsAsTheyDescribeIt() throws java.io.IOException {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/import.md"));
        String section = docs.substring(docs.indexOf("### WebAnno TSV 3 (format=tsv)"));
        int open = section.indexOf("```\n") + 4;
        String example = section.substring(open, section.indexOf("```", open));

        List<AnnotatedDocument> documents = read("example.tsv", example);

        assertThat(problems.list()).isEmpty();
        assertThat(documents.getFirst().document().text()).isEqualTo("Hi 👋🏽 NATO talks.");
        assertThat(documents.getFirst().work().getFirst().spans()).extracting(ImportedSpan::layer,
                ImportedSpan::label, ImportedSpan::start, ImportedSpan::end, ImportedSpan::text,
                ImportedSpan::attributes).containsExactly(
                        tuple("Framing", "Conflict", 6, 16, "NATO talks", Map.of("note", "a | b")),
                        tuple("Quote", "Quote", 16, 17, ".", Map.of()));
    }

    @Test
    void offsetsBeyondTheDocumentLimitAreRefusedBeforeTheTextIsMade() {
        WebAnnoTsvFormat small = new WebAnnoTsvFormat(new org.slant.corpus.importing.ImportLimits(null,
                org.springframework.util.unit.DataSize.ofKilobytes(1)));
        String tsv = "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Framing|value\n\n\n#Text=far\n"
                + "1-1\t2000000000-2000000003\tfar\tX\t\n";

        assertThat(small.read(List.of(UploadedFile.of("far.tsv", tsv)), problems)).isEmpty();
        assertThat(problems.list()).containsExactly(new Problem("far.tsv, line 6, column 2 (offsets)", "the offsets "
                + "2000000000-2000000003 lie beyond the document limit of 1 KB (slant.import.max-document)"));
    }

    @Test
    void escapingIsUndone() {
        assertThat(WebAnnoTsvEscaping.unescape("a\\_b\\\\c\\-\\>d\\;e\\*\\tf\\ng")).isEqualTo("a_b\\c->d;e*\tf\ng");
        assertThat(WebAnnoTsvEscaping.values("x\\|y[3]|*[4]|\\*|z")).containsExactly(
                new WebAnnoTsvEscaping.Value("x|y", 3), new WebAnnoTsvEscaping.Value(null, 4),
                new WebAnnoTsvEscaping.Value("*", null), new WebAnnoTsvEscaping.Value("z", null));
        assertThat(WebAnnoTsvEscaping.values("a\\[1\\]")).containsExactly(new WebAnnoTsvEscaping.Value("a[1]", null));
        assertThat(WebAnnoTsvEscaping.values("a[b]")).isNull();
    }
}
