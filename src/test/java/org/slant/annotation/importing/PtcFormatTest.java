package org.slant.annotation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.annotation.CodePointText;
import org.slant.platform.InvalidInputException.Problem;

class PtcFormatTest {

    /** A title line, CRLF, a no-break space and emoji beyond the BMP (👋🏽 is two code points, 😡 one). */
    private static final String ARTICLE_1 = "Talks end 👋🏽 in Geneva\r\n\r\nThe\u00A0minister called it a “disgrace” "
            + "😡 today.\r\n";
    /** Saved with a byte order mark; 🇺🇸 is two code points. */
    private static final String ARTICLE_2 = "Flag 🇺🇸 wavers\nA\u00A0patriot’s duty, he said.\n";
    private static final String TAR = "ptc.tar.gz, entry '";

    private final PtcFormat format = new PtcFormat();
    private final ImportProblems problems = new ImportProblems();

    @Test
    void readsThe2020LayoutWithCodePointOffsetsIntoTheStoredText() {
        List<AnnotatedDocument> documents = read(
                entry("datasets/train-articles/article1.txt", ARTICLE_1),
                entry("datasets/train-articles/article3.txt", "Quiet day\n\nNothing happened.\n"),
                entry("datasets/train-task2-TC.labels", "1\tLoaded_Language\t52\t60\r\n"
                        + "1\tName_Calling,Labeling\t10\t22\r\n\r\n1\tDoubt\t62\t69\r\n1\tSlogans\t0\t5\r\n"));

        assertThat(problems.list()).isEmpty();
        assertThat(documents).extracting(AnnotatedDocument::where).containsExactly(
                TAR + "datasets/train-articles/article1.txt'", TAR + "datasets/train-articles/article3.txt'");
        AnnotatedDocument first = documents.getFirst();
        assertThat(first.document().text()).isEqualTo(ARTICLE_1);
        assertThat(first.document().title()).isEqualTo("Talks end 👋🏽 in Geneva");
        assertThat(first.document().externalId()).isEqualTo("1");
        assertThat(first.document().meta()).isEqualTo(Map.of("file", "datasets/train-articles/article1.txt"));
        assertThat(first.work()).hasSize(1);
        AnnotatorWork work = first.work().getFirst();
        assertThat(work.annotator()).isNull();
        assertThat(work.status()).isNull();
        assertThat(work.answers()).isEmpty();
        assertThat(work.spans()).extracting(ImportedSpan::layer, ImportedSpan::label, ImportedSpan::start,
                ImportedSpan::end, ImportedSpan::text).containsExactly(
                tuple(null, "Loaded_Language", 52, 60, null),
                tuple(null, "Name_Calling,Labeling", 10, 22, null),
                tuple(null, "Doubt", 62, 69, null),
                tuple(null, "Slogans", 0, 5, null));
        assertThat(covered(first)).containsExactly("disgrace", "👋🏽 in Geneva", "😡 today", "Talks");
        ImportedSpan doubt = work.spans().get(2);
        String line = TAR + "datasets/train-task2-TC.labels', line 4";
        assertThat(doubt.place().of("")).isEqualTo(line);
        assertThat(doubt.place().of("label")).isEqualTo(line + ", column 2 (technique)");
        assertThat(doubt.place().of("start")).isEqualTo(line + ", column 3 (start)");
        assertThat(doubt.place().of("end")).isEqualTo(line + ", column 4 (end)");

        // the labels file speaks for every article: one it does not name was annotated and has no span
        AnnotatedDocument unlabelled = documents.get(1);
        assertThat(unlabelled.document().title()).isEqualTo("Quiet day");
        assertThat(unlabelled.work()).hasSize(1);
        assertThat(unlabelled.work().getFirst().annotator()).isNull();
        assertThat(unlabelled.work().getFirst().spans()).isEmpty();
    }

    @Test
    void shiftsTheOffsetsOfAnArticleWithAByteOrderMarkWhichTheStoredTextDoesNotHave() {
        List<AnnotatedDocument> documents = read(
                withByteOrderMark("article2.txt", ARTICLE_2),
                UploadedFile.of("train.labels", "2\tFlag-Waving\t6\t15\n2\tLoaded_Language\t18\t32\n"
                        + "2\tSlogans\t1\t5\n2\tRepetition\t42\t43\n"));

        assertThat(problems.list()).isEmpty();
        AnnotatedDocument document = documents.getFirst();
        assertThat(document.document().text()).isEqualTo(ARTICLE_2);
        assertThat(document.document().title()).isEqualTo("Flag 🇺🇸 wavers");
        assertThat(document.work().getFirst().spans()).extracting(ImportedSpan::start, ImportedSpan::end)
                .containsExactly(tuple(5, 14), tuple(17, 31), tuple(0, 4), tuple(41, 42));
        assertThat(covered(document)).containsExactly("🇺🇸 wavers", "patriot’s duty", "Flag", "\n");
    }

    @Test
    void refusesASpanOnTheByteOrderMarkAndOffsetsBeyondTheArticleCountedWithIt() {
        read(withByteOrderMark("article2.txt", ARTICLE_2),
                UploadedFile.of("train.labels", "2\tSlogans\t0\t5\n2\tDoubt\t40\t44\n"));

        assertThat(problems.list()).containsExactly(
                new Problem("train.labels, line 1, column 3 (start)", "start 0 covers article2.txt's byte order "
                        + "mark, which the offsets count and Slant does not keep: a span of this article starts at "
                        + "1 or later"),
                new Problem("train.labels, line 2, column 4 (end)", "end 44 is beyond the article's end: "
                        + "article2.txt has 43 code points, counting its byte order mark"));
    }

    @Test
    void readsSemEval2023PerArticleSpanFilesAndArticlesWithAnEmptyOne() {
        List<AnnotatedDocument> documents = read(
                entry("en/train-articles-subtask-3/article111.txt", ARTICLE_1),
                entry("en/train-articles-subtask-3/article222.txt", "No techniques here.\r\n"),
                entry("en/train-labels-subtask-3-spans/article111-labels-subtask-3.txt",
                        "111\tLoaded_Language\t52\t60\n111\tAppeal_to_Fear-Prejudice\t62\t69\n"),
                entry("en/train-labels-subtask-3-spans/article222-labels-subtask-3.txt", ""));

        assertThat(problems.list()).isEmpty();
        assertThat(documents).extracting(document -> document.document().externalId())
                .containsExactly("111", "222");
        assertThat(covered(documents.getFirst())).containsExactly("disgrace", "😡 today");
        assertThat(documents.getFirst().work().getFirst().spans()).extracting(ImportedSpan::label)
                .containsExactly("Loaded_Language", "Appeal_to_Fear-Prejudice");
        assertThat(documents.get(1).work()).hasSize(1);
        assertThat(documents.get(1).work().getFirst().spans()).isEmpty();
    }

    @Test
    void anArticleNoLabelsFileSpeaksForHasNoWork() {
        List<AnnotatedDocument> documents = read(UploadedFile.of("article1.txt", ARTICLE_1),
                UploadedFile.of("article2.txt", ARTICLE_2),
                UploadedFile.of("article1-labels-subtask-3.txt", "1\tDoubt\t62\t69\n"));

        assertThat(problems.list()).isEmpty();
        assertThat(documents.get(0).work()).hasSize(1);
        assertThat(documents.get(1).work()).isEmpty();
        assertThat(read(UploadedFile.of("article1.txt", ARTICLE_1)).getFirst().work()).isEmpty();
    }

    @Test
    void readsThe2020FirstReleasesPerArticleFilesCheckingTheirArticle() {
        List<AnnotatedDocument> documents = read(UploadedFile.of("article1.txt", ARTICLE_1),
                UploadedFile.of("article2.txt", ARTICLE_2),
                UploadedFile.of("article1.task2-TC.labels", "1\tDoubt\t62\t69\n"),
                UploadedFile.of("article2.task2-TC.labels", "2\tSlogans\t0\t4\n"));

        assertThat(problems.list()).isEmpty();
        assertThat(covered(documents.get(0))).containsExactly("😡 today");
        assertThat(covered(documents.get(1))).containsExactly("Flag");
    }

    @Test
    void passesOverAHeaderLineOfATsv() {
        List<AnnotatedDocument> documents = read(UploadedFile.of("article1.txt", ARTICLE_1),
                UploadedFile.of("spans.tsv", "article_id\ttechnique\tstart\tend\n1\tDoubt\t62\t69\n"));

        assertThat(problems.list()).isEmpty();
        assertThat(covered(documents.getFirst())).containsExactly("😡 today");
    }

    @Test
    void namesFileLineAndColumnOfEveryBadLine() {
        List<AnnotatedDocument> documents = read(UploadedFile.of("article1.txt", ARTICLE_1),
                UploadedFile.of("bad.labels", """
                        1\tDoubt\t62\t69
                        9\tDoubt\t1\t2
                        1\tDoubt\t3
                        1 Doubt 3 4
                        1\tDoubt\tten\t12
                        1\tDoubt\t-1\t12
                        1\tDoubt\t12\t12
                        1\tDoubt\t60\t73
                        1\t\t1\t2
                        1\t?\t1\t2
                        \tDoubt\t1\t2
                        1\tDoubt\t1\t2\t3
                        """));

        // the good line is read: the import's own checks go on with it
        assertThat(covered(documents.getFirst())).containsExactly("😡 today");
        assertThat(problems.list()).extracting(Problem::where, Problem::message).containsExactly(
                tuple("bad.labels, line 2, column 1 (article id)", "no file article9.txt in the upload; upload "
                        + "the articles with their labels"),
                tuple("bad.labels, line 3", "expected 4 tab-separated columns (article id, technique, start, "
                        + "end), found 3"),
                tuple("bad.labels, line 4", "expected 4 tab-separated columns (article id, technique, start, "
                        + "end), found 1; the columns seem to be separated by spaces, a labels file separates "
                        + "them by tabs"),
                tuple("bad.labels, line 5, column 3 (start)", "not a whole number: 'ten'"),
                tuple("bad.labels, line 6, column 3 (start)", "is negative: -1"),
                tuple("bad.labels, line 7, column 4 (end)", "end 12 is not after start 12"),
                tuple("bad.labels, line 8, column 4 (end)", "end 73 is beyond the article's end: article1.txt "
                        + "has 72 code points"),
                tuple("bad.labels, line 9, column 2 (technique)", "is empty"),
                tuple("bad.labels, line 10, column 2 (technique)", "is '?', as in a template: there is no label "
                        + "to import"),
                tuple("bad.labels, line 11, column 1 (article id)", "is empty"),
                tuple("bad.labels, line 12", "expected 4 tab-separated columns (article id, technique, start, "
                        + "end), found 5"));
    }

    @Test
    void refusesTheCorporaOtherKindsOfLabelsOnceAFileSayingWhatToUploadInstead() {
        read(UploadedFile.of("article1.txt", ARTICLE_1),
                UploadedFile.of("train-task1-SI.labels", "1\t52\t60\n1\t62\t69\n"),
                UploadedFile.of("train-labels-subtask-3.txt", "\n1\t3\tLoaded_Language,Doubt\n1\t5\t\n"),
                UploadedFile.of("train-labels-subtask-1.txt", "1\topinion\n"),
                UploadedFile.of("dev-task-TC-template.out", "1\t?\t52\t60\n1\t?\t62\t69\n"));

        assertThat(problems.list()).extracting(Problem::where, Problem::message).containsExactly(
                tuple("train-task1-SI.labels, line 1", "span identification labels (article id, start, end) "
                        + "without techniques; Slant imports technique spans: article id, technique, start, end, "
                        + "as in train-task2-TC.labels or the files of SemEval-2023's labels-subtask-3-spans "
                        + "folder"),
                tuple("train-labels-subtask-3.txt, line 2", "paragraph labels (article id, paragraph, "
                        + "techniques), as SemEval-2023's labels-subtask-3.txt has them; Slant imports technique "
                        + "spans: upload the files of the labels-subtask-3-spans folder instead"),
                tuple("train-labels-subtask-1.txt, line 1", "labels of whole articles (article id, labels), as "
                        + "SemEval-2023's subtasks 1 and 2 have them; Slant imports technique spans: article id, "
                        + "technique, start, end"),
                tuple("dev-task-TC-template.out, line 1", "a template: its technique column is '?', so it has no "
                        + "labels to import"));
    }

    @Test
    void refusesAPerArticleFileNamingAnotherArticle() {
        read(UploadedFile.of("article1.txt", ARTICLE_1), UploadedFile.of("article2.txt", ARTICLE_2),
                UploadedFile.of("article1-labels-subtask-3.txt", "1\tDoubt\t62\t69\n2\tDoubt\t1\t5\n"));

        assertThat(problems.list()).containsExactly(new Problem("article1-labels-subtask-3.txt, line 2, "
                + "column 1 (article id)", "names article 2, but the file holds the labels of article 1"));
    }

    @Test
    void refusesFilesOutsideTheLayoutTwiceUploadedArticlesAndUnreadableOnes() {
        byte[] latin1 = "Caf\u00E9 talks\n".getBytes(StandardCharsets.ISO_8859_1);
        read(UploadedFile.of("article1.txt", ARTICLE_1), entry("more/article1.txt", ARTICLE_1),
                new UploadedFile("article4.txt", "article4.txt", latin1), UploadedFile.of("article5.txt", " \n\n"),
                UploadedFile.of("README.md", "# PTC\n"), UploadedFile.of("spans.labels", "4\tDoubt\t0\t4\n"));

        assertThat(problems.list()).extracting(Problem::where, Problem::message).containsExactly(
                tuple(TAR + "more/article1.txt'", "article 1 is in the upload twice: also article1.txt"),
                tuple("article4.txt", "not UTF-8: the byte 0xE9 at byte offset 3 (line 1) is not valid UTF-8; save "
                        + "the file as UTF-8 and import it again"),
                tuple("article5.txt", "is empty or only white space"),
                tuple("README.md", "not a file of the PTC layout: articles are named article<ID>.txt, labels "
                        + "files end in .labels, .txt, .tsv or .out"));
    }

    @Test
    void describesItself() {
        assertThat(format.name()).isEqualTo("ptc");
        assertThat(format.namesAnnotators()).isFalse();
        assertThat(format.description()).startsWith("PTC / SemEval-2020 Task 11 and SemEval-2023 Task 3");
    }

    private List<AnnotatedDocument> read(UploadedFile... files) {
        return format.read(List.of(files), problems);
    }

    private static UploadedFile entry(String path, String text) {
        return new UploadedFile(TAR + path + "'", path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static UploadedFile withByteOrderMark(String name, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return new UploadedFile(name, name, bytes.toByteArray());
    }

    /** The text each span of the document's only work covers, as Python slices it. */
    private static List<String> covered(AnnotatedDocument document) {
        CodePointText text = new CodePointText(document.document().text());
        return document.work().getFirst().spans().stream().map(span -> text.slice(span.start(), span.end()))
                .toList();
    }
}
