package org.slant.annotation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.annotation.CodePointText;
import org.slant.platform.InvalidInputException.Problem;

class BasilFormatTest {

    private static final String EVENT = "0d10341a-9dba-4374-a524-814c300d1611";
    private static final String TAR = "basil.tar.gz, entry '";
    /**
     * Emoji beyond the BMP (🦅 and 😡 one code point, 👋🏽 two), a no-break space, a CRLF inside a sentence, a blank
     * sentence (p2) and an empty paragraph, which the text leaves out.
     */
    private static final String ARTICLE = """
            {"title": "Senator 🦅 blasts “deal”", "source": "fox", "url": "https://example.org/a",
             "date": "2019-01-04", "main-event": "Shutdown talks fail", "uuid": "u-1", "triplet-uuid": "%s",
             "main-entities": ["Donald Trump"],
             "body-paragraphs": [["First\u00A0sentence with 👋🏽 wave.",
                                  "Second one said \\"disaster\\", twice: disaster."],
                                 ["", "Line one\\r\\nline two 😡 here."], []]}
            """.formatted(EVENT);
    private static final String TEXT = "Senator 🦅 blasts “deal”\n\nFirst\u00A0sentence with 👋🏽 wave. Second one said "
            + "\"disaster\", twice: disaster.\n\nLine one\r\nline two 😡 here.";

    private final BasilFormat format = new BasilFormat();
    private final ImportProblems problems = new ImportProblems();

    @Test
    void buildsTheTextFromTitleAndParagraphsAndLocatesEachPhraseInItsSentence() {
        List<AnnotatedDocument> documents = read(
                entry("articles/2019/" + EVENT + "_1.json", ARTICLE),
                entry("annotations/2019/" + EVENT + "_1_ann.json", """
                        {"uuid": "u-1", "triplet-uuid": "%s",
                         "article-level-annotations": {"relative_stance": "conservative",
                                                       "author_feeling_main_event": "neu"},
                         "phrase-level-annotations": [
                          {"id": "title", "start": 8, "end": 16, "txt": "🦅 blasts", "bias": "lex",
                           "polarity": "neg", "aim": "dir", "target": "Donald_Trump", "speaker": "", "quote": "no"},
                          {"id": "p0", "start": 20, "end": 27, "txt": "👋🏽 wave", "bias": "inf", "polarity": "pos",
                           "aim": "ind_pro", "target": "Nancy_Pelosi", "speaker": "other_anti", "quote": "yes"},
                          {"id": "p1", "start": 35, "end": 43, "txt": "disaster", "bias": "lex", "polarity": "neg",
                           "aim": "ind_anti", "target": "Donald_Trump", "speaker": "", "quote": "no"},
                          {"id": "p1", "start": 0, "end": 10, "txt": "\\"disaster\\"", "bias": "lex",
                           "polarity": "neg", "aim": "ind_general", "target": "Donald_Trump", "quote": "yes"},
                          {"id": "p3", "start": 10, "end": 20, "txt": "line two 😡", "bias": "inf",
                           "polarity": "neg", "aim": "dir", "target": "Donald_Trump", "speaker": "", "quote": "no"}
                         ]}
                        """.formatted(EVENT)));

        assertThat(problems.list()).isEmpty();
        AnnotatedDocument document = documents.getFirst();
        String path = "articles/2019/" + EVENT + "_1.json";
        assertThat(document.where()).isEqualTo(TAR + path + "'");
        assertThat(document.document().text()).isEqualTo(TEXT);
        assertThat(document.document().title()).isEqualTo("Senator 🦅 blasts “deal”");
        assertThat(document.document().outlet()).isEqualTo("Fox News");
        assertThat(document.document().story()).isEqualTo("Shutdown talks fail");
        assertThat(document.document().url()).isEqualTo("https://example.org/a");
        assertThat(document.document().published()).isEqualTo(LocalDate.of(2019, 1, 4));
        assertThat(document.document().externalId()).isEqualTo(EVENT + "_1");
        assertThat(document.document().meta()).isEqualTo(Map.of("file", path, "uuid", "u-1", "main-event",
                "Shutdown talks fail", "main-entities", List.of("Donald Trump")));

        AnnotatorWork work = document.work().getFirst();
        assertThat(work.annotator()).isNull();
        assertThat(work.spans()).extracting(ImportedSpan::layer, ImportedSpan::label, ImportedSpan::start,
                ImportedSpan::end, ImportedSpan::text).containsExactly(
                tuple(null, "Lexical", 8, 16, "🦅 blasts"),
                tuple(null, "Informational", 45, 52, "👋🏽 wave"),
                tuple(null, "Lexical", 89, 97, "disaster"),
                tuple(null, "Lexical", 70, 80, "\"disaster\""),
                tuple(null, "Informational", 110, 120, "line two 😡"));
        CodePointText text = new CodePointText(TEXT);
        assertThat(work.spans()).allSatisfy(span ->
                assertThat(text.slice(span.start(), span.end())).isEqualTo(span.text()));
        assertThat(work.spans()).extracting(ImportedSpan::attributes).containsExactly(
                Map.of("polarity", "negative", "aim", "direct", "target", "Donald Trump", "in_quote", false),
                Map.of("polarity", "positive", "aim", "indirect-ally", "target", "Nancy Pelosi", "speaker",
                        "other anti", "in_quote", true),
                Map.of("polarity", "negative", "aim", "indirect-opponent", "target", "Donald Trump", "in_quote",
                        false),
                Map.of("polarity", "negative", "aim", "indirect-general", "target", "Donald Trump", "in_quote",
                        true),
                Map.of("polarity", "negative", "aim", "direct", "target", "Donald Trump", "in_quote", false));
        ImportedSpan second = work.spans().get(1);
        String where = TAR + "annotations/2019/" + EVENT + "_1_ann.json', phrase-level-annotations[1] (id 'p0')";
        assertThat(second.place().of("")).isEqualTo(where);
        assertThat(second.place().of("label")).isEqualTo(where + ", field 'bias'");
        assertThat(second.place().of("text")).isEqualTo(where + ", field 'txt'");
        assertThat(second.place().of("attributes.in_quote")).isEqualTo(where + ", field 'quote'");
        assertThat(work.answers()).extracting(ImportedAnswer::layer, ImportedAnswer::label)
                .containsExactly(tuple("Relative stance", "conservative"));
    }

    @Test
    void givesAnEventsArticlesOneStoryAndReadsFilesWithAByteOrderMark() {
        String second = ARTICLE.replace("\"fox\"", "\"NYT\"").replace("Shutdown talks fail", "Talks fail again");
        String third = ARTICLE.replace("\"fox\"", "\"hpo\"").replace("\"main-event\": \"Shutdown talks fail\"",
                "\"main-event\": \"\"");
        List<AnnotatedDocument> documents = read(entry("articles/2019/" + EVENT + "_3.json", third),
                withByteOrderMark("articles/2019/" + EVENT + "_2.json", second),
                entry("articles/2019/" + EVENT + "_1.json", ARTICLE),
                entry("articles/2019/other-event_1.json", ARTICLE.replace("\"main-event\": \"Shutdown talks fail\"",
                        "\"main-event\": \" \"").replace("\"source\": \"fox\"", "\"source\": \"Daily Example\"")));

        assertThat(problems.list()).isEmpty();
        assertThat(documents).extracting(document -> document.document().externalId(),
                document -> document.document().outlet(), document -> document.document().story())
                .containsExactly(
                        tuple(EVENT + "_3", "HuffPost", "Shutdown talks fail"),
                        tuple(EVENT + "_2", "New York Times", "Shutdown talks fail"),
                        tuple(EVENT + "_1", "Fox News", "Shutdown talks fail"),
                        tuple("other-event_1", "Daily Example", "other-event"));
        assertThat(documents).allSatisfy(document -> {
            assertThat(document.document().text()).isEqualTo(TEXT);
            assertThat(document.work()).isEmpty();
        });
    }

    @Test
    void namesFileAnnotationAndFieldOfEveryPhraseItCannotTake() {
        List<AnnotatedDocument> documents = read(entry("articles/2019/" + EVENT + "_1.json", ARTICLE),
                entry("annotations/2019/" + EVENT + "_1_ann.json", """
                        {"uuid": "u-1", "phrase-level-annotations": [
                          {"id": "p1", "start": 0, "end": 8, "txt": "disaster", "bias": "lex"},
                          {"id": "p1", "start": 0, "end": 5, "txt": "storm", "bias": "lex"},
                          {"id": "p2", "start": 0, "end": 5, "txt": "storm", "bias": "lex"},
                          {"id": "p9", "start": 0, "end": 5, "txt": "First", "bias": "lex"},
                          {"id": "s0", "start": 0, "end": 5, "txt": "First", "bias": "lex"},
                          {"start": 0, "end": 5, "txt": "First", "bias": "lex"},
                          {"id": "p0", "start": "0", "end": 5, "txt": "", "bias": "opinion", "polarity": "neutral",
                           "aim": "up", "quote": "maybe"},
                          {"id": "p0", "start": 0, "end": 99, "txt": "First", "bias": "inf"}
                        ], "article-level-annotations": {"relative_stance": 3}}
                        """));

        String file = TAR + "annotations/2019/" + EVENT + "_1_ann.json', phrase-level-annotations[";
        assertThat(problems.list()).extracting(Problem::where, Problem::message).containsExactly(
                tuple(file + "0] (id 'p1'), field 'txt'", "cannot locate 'disaster': sentence p1 has 'Second o' at "
                        + "0–8, and sentence p1 has it more than once"),
                tuple(file + "1] (id 'p1'), field 'txt'", "cannot locate 'storm': sentence p1 has 'Secon' at 0–5, "
                        + "and sentence p1 does not have it"),
                tuple(file + "2] (id 'p2'), field 'id'", "names sentence 2, which is blank"),
                tuple(file + "3] (id 'p9'), field 'id'", "names sentence 9, but the body has 4 sentences (p0 to "
                        + "p3)"),
                tuple(file + "4] (id 's0'), field 'id'", "names no sentence: an id is 'title' or p<N>, N the "
                        + "sentence's number in the body counted from 0"),
                tuple(file + "5], field 'id'", "names no sentence: an id is 'title' or p<N>, N the sentence's "
                        + "number in the body counted from 0"),
                tuple(file + "6] (id 'p0'), field 'txt'", "is missing or empty: the phrase's text locates it"),
                tuple(file + "6] (id 'p0'), field 'start'", "must be a whole number, not \"0\""),
                tuple(file + "6] (id 'p0'), field 'bias'", "must be one of inf, lex, got 'opinion'"),
                tuple(file + "6] (id 'p0'), field 'polarity'", "must be one of neg, pos, got 'neutral'"),
                tuple(file + "6] (id 'p0'), field 'aim'", "must be one of dir, ind_anti, ind_general, ind_pro, got "
                        + "'up'"),
                tuple(file + "6] (id 'p0'), field 'quote'", "must be 'yes' or 'no', got 'maybe'"),
                tuple(TAR + "annotations/2019/" + EVENT + "_1_ann.json', field "
                        + "'article-level-annotations.relative_stance'", "must be a string"));
        // the phrase it can take is read, so that the import's own checks name their problems in the same answer
        assertThat(documents.getFirst().work().getFirst().spans()).extracting(ImportedSpan::start,
                ImportedSpan::end, ImportedSpan::text).containsExactly(tuple(25, 30, "First"));
    }

    @Test
    void takesAPhraseAtItsOffsetsEvenWhenItsTextIsElsewhereInTheSentenceToo() {
        List<AnnotatedDocument> documents = read(entry("articles/2019/" + EVENT + "_1.json", ARTICLE),
                entry("annotations/2019/" + EVENT + "_1_ann.json", """
                        {"phrase-level-annotations": [
                          {"id": "p1", "start": 17, "end": 25, "txt": "disaster", "bias": "lex"},
                          {"id": "p0", "start": 0, "end": 99, "txt": "First", "bias": "inf"}]}
                        """));

        assertThat(problems.list()).isEmpty();
        assertThat(documents.getFirst().work().getFirst().spans()).extracting(ImportedSpan::start,
                ImportedSpan::end, ImportedSpan::attributes).containsExactly(tuple(71, 79, Map.of()),
                tuple(25, 30, Map.of()));
        assertThat(documents.getFirst().work().getFirst().answers()).isEmpty();
    }

    @Test
    void refusesFilesOutsideTheLayoutAndArticlesItCannotRead() {
        read(entry("articles/2019/" + EVENT + "_1.json", ARTICLE),
                entry("articles/2019/" + EVENT + "_2.json", "{\"title\": \"Cut off\", "),
                entry("articles/2019/" + EVENT + "_3.json", "{\"title\": 3, \"date\": \"04/01/2019\", "
                        + "\"body-paragraphs\": [\"not a list\"]}"),
                entry("articles/2019/" + EVENT + "_4.json", "{\"body-paragraphs\": [[\" \"]]}"),
                entry("annotations/2019/" + EVENT + "_2_ann.json", "{}"),
                entry("annotations/2019/" + EVENT + "_5_ann.json", "{}"),
                entry("annotations/2019/" + EVENT + "_1_ann.json", "{\"uuid\": \"u-9\"}"),
                entry("README.md", "# BASIL"),
                entry("annotation_changes.txt", "I. Bias type fix (2)"));

        String articles = TAR + "articles/2019/" + EVENT;
        assertThat(problems.list()).extracting(Problem::where, Problem::message).containsExactly(
                tuple(articles + "_2.json', line 1", "not valid JSON: Unexpected end-of-input within/between "
                        + "Object entries"),
                tuple(articles + "_3.json', field 'title'", "must be a string"),
                tuple(articles + "_3.json', field 'date'", "not an ISO date (YYYY-MM-DD): '04/01/2019'"),
                tuple(articles + "_3.json', field 'body-paragraphs[0]'", "must be a list of sentences"),
                tuple(articles + "_4.json'", "has neither a title nor a sentence: there is no text to import"),
                tuple(TAR + "README.md'", "not a file of BASIL's layout: articles are named <event uuid>_<n>.json "
                        + "and their annotations <event uuid>_<n>_ann.json"),
                tuple(TAR + "annotations/2019/" + EVENT + "_5_ann.json'", "no article " + EVENT + "_5.json in the "
                        + "upload: upload the articles with their annotations"),
                tuple(TAR + "annotations/2019/" + EVENT + "_1_ann.json', field 'uuid'", "is 'u-9', but " + articles
                        + "_1.json' is the article with uuid 'u-1'"));
    }

    @Test
    void describesItself() {
        assertThat(format.name()).isEqualTo("basil");
        assertThat(format.namesAnnotators()).isFalse();
    }

    private List<AnnotatedDocument> read(UploadedFile... files) {
        return format.read(List.of(files), problems);
    }

    private static UploadedFile entry(String path, String text) {
        return new UploadedFile(TAR + path + "'", path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static UploadedFile withByteOrderMark(String path, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return new UploadedFile(TAR + path + "'", path, bytes.toByteArray());
    }
}
