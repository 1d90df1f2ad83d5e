package org.slant.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slant.corpus.importing.Uploads.file;
import static org.slant.corpus.importing.Uploads.problems;
import static org.slant.corpus.importing.Uploads.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.platform.StrictUtf8Test;

class JsonLinesReaderTest {

    @Test
    void readsEveryFieldOfALine() {
        UploadContents contents = read(file("news.jsonl", """
                {"text":"NATO met Russia.\\r\\nTalks ended.","title":"Talks","outlet":"Fox News","story":"NRC",\
                "url":"https://example.org/a","published":"2022-01-12","externalId":"a-1",\
                "meta":{"section":"world","entities":["NATO","Russia"],"words":5,"wire":true}}
                """));

        assertThat(problems(contents)).isEmpty();
        IncomingDocument incoming = contents.documents().getFirst();
        assertThat(incoming.where()).isEqualTo("news.jsonl, line 1");
        NewDocument document = incoming.document();
        assertThat(document.text()).isEqualTo("NATO met Russia.\r\nTalks ended.");
        assertThat(incoming.sha256()).isEqualTo(DocumentText.sha256(document.text()));
        assertThat(document.title()).isEqualTo("Talks");
        assertThat(document.outlet()).isEqualTo("Fox News");
        assertThat(document.story()).isEqualTo("NRC");
        assertThat(document.url()).isEqualTo("https://example.org/a");
        assertThat(document.published()).isEqualTo(LocalDate.of(2022, 1, 12));
        assertThat(document.externalId()).isEqualTo("a-1");
        assertThat(document.meta()).isEqualTo(Map.of("section", "world", "entities", List.of("NATO", "Russia"),
                "words", 5, "wire", true));
    }

    @Test
    void aDocumentWithoutTitleIsTitledWithItsFirstLine() {
        String first = "NATO Secretary-General Jens Stoltenberg said that the talks with Russia on Wednesday were "
                + "not easy";
        UploadContents contents = read(file("news.jsonl", "{\"text\":\"\\n" + first + "\\nSecond line.\"}\n"
                + "{\"text\":\"Short one.\",\"title\":\"  \"}\n"));

        assertThat(contents.documents()).extracting(IncomingDocument::title).containsExactly(
                "NATO Secretary-General Jens Stoltenberg said that the talks with Russia on…", "Short one.");
    }

    @Test
    void takesAWholeNumberAsExternalIdAndLeavesOutBlankOptionalFields() {
        UploadContents contents = read(file("ptc.jsonl",
                "{\"text\":\"Text.\",\"externalId\":111111111,\"outlet\":\" \",\"story\":null,\"published\":\"\"}\n"));

        NewDocument document = contents.documents().getFirst().document();
        assertThat(document.externalId()).isEqualTo("111111111");
        assertThat(document.outlet()).isNull();
        assertThat(document.story()).isNull();
        assertThat(document.published()).isNull();
        assertThat(document.meta()).isEmpty();
    }

    @Test
    void passesOverBlankLinesButCountsThem() {
        UploadContents contents = read(file("news.jsonl", "\n{\"text\":\"One.\"}\r\n   \n{\"text\":\"Two.\"}"));

        assertThat(contents.documents()).extracting(IncomingDocument::where)
                .containsExactly("news.jsonl, line 2", "news.jsonl, line 4");
    }

    @Test
    void reportsMalformedJsonWithItsLineAndColumn() {
        UploadContents contents = read(file("news.jsonl", """
                {"text":"fine"}
                {"text":"no closing quote}
                {"text":"two objects"} {"text":"on one line"}
                """));

        assertThat(problems(contents)).hasSize(2);
        assertThat(problems(contents).get(0)).startsWith("news.jsonl, line 2, column ").contains("not valid JSON");
        assertThat(problems(contents).get(1)).startsWith("news.jsonl, line 3, column ").contains("not valid JSON");
    }

    @Test
    void reportsALineThatIsNotAnObject() {
        assertThat(problems(read(file("news.jsonl", "[\"text\"]\n\"text\"\n")))).containsExactly(
                "news.jsonl, line 1: not a JSON object: each line must be one {...} with the fields of one document",
                "news.jsonl, line 2: not a JSON object: each line must be one {...} with the fields of one document");
    }

    @Test
    void refusesAnUnknownFieldByName() {
        UploadContents contents = read(file("news.jsonl", "{\"txt\":\"A typo.\",\"Title\":\"T\"}\n"));

        assertThat(problems(contents)).containsExactly(
                "news.jsonl, line 1, field 'txt': unknown field; the known fields are text, title, outlet, story, "
                        + "url, published, externalId, meta, language",
                "news.jsonl, line 1, field 'Title': unknown field (did you mean 'title'?); the known fields are text, "
                        + "title, outlet, story, url, published, externalId, meta, language",
                "news.jsonl, line 1, field 'text': is missing: every document needs its text");
        assertThat(contents.documents()).isEmpty();
    }

    @Test
    void reportsFieldsOfTheWrongTypeAndADateThatIsNotIso() {
        UploadContents contents = read(file("news.jsonl", """
                {"text":"One."}
                {"text":"Two.","title":42,"meta":"world"}
                {"text":"Three."}
                {"text":"Four."}
                {"text":"Five."}
                {"text":"Six."}
                {"text":"Seven.","published":"12/01/2022"}
                {"text":"Eight.","published":"2022-02-30"}
                """));

        assertThat(problems(contents)).containsExactly(
                "news.jsonl, line 2, field 'title': must be a string, not number 42",
                "news.jsonl, line 2, field 'meta': must be an object ({...}), not string \"world\"",
                "news.jsonl, line 7, field 'published': not an ISO date (YYYY-MM-DD): '12/01/2022'",
                "news.jsonl, line 8, field 'published': not an ISO date (YYYY-MM-DD): '2022-02-30'");
    }

    @Test
    void refusesMissingEmptyAndBlankTexts() {
        UploadContents contents = read(file("news.jsonl", """
                {"title":"No text"}
                {"text":""}
                {"text":" \\r\\n\\t\\u00A0 "}
                {"text":null}
                """));

        assertThat(problems(contents)).containsExactly(
                "news.jsonl, line 1, field 'text': is missing: every document needs its text",
                "news.jsonl, line 2, field 'text': is empty or only white space",
                "news.jsonl, line 3, field 'text': is empty or only white space",
                "news.jsonl, line 4, field 'text': is missing: every document needs its text");
    }

    @Test
    void reportsEveryProblemOfALineAtOnce() {
        UploadContents contents = read(file("news.jsonl",
                "{\"text\":\"Text.\",\"autor\":\"A. Writer\",\"published\":\"Jan 12\"}\n"));

        assertThat(problems(contents)).containsExactly(
                "news.jsonl, line 1, field 'autor': unknown field; the known fields are text, title, outlet, story, "
                        + "url, published, externalId, meta, language",
                "news.jsonl, line 1, field 'published': not an ISO date (YYYY-MM-DD): 'Jan 12'");
        assertThat(contents.documents()).isEmpty();
    }

    @Test
    void aTextOfTheWrongTypeIsReportedOnce() {
        assertThat(problems(read(file("news.jsonl", "{\"text\":[\"a\",\"b\"]}\n")))).containsExactly(
                "news.jsonl, line 1, field 'text': must be a string, not array [\"a\",\"b\"]");
    }

    @Test
    void refusesTwoValuesForOneField() {
        assertThat(problems(read(file("news.jsonl", "{\"text\":\"a\",\"text\":\"b\"}\n")))).singleElement()
                .asString().startsWith("news.jsonl, line 1, column ").contains("Duplicate");
    }

    @Test
    void refusesTextsPostgresqlCannotStore() {
        UploadContents contents = read(file("news.jsonl", """
                {"text":"before\\u0000after"}
                {"text":"fine","meta":{"note":"a\\u0000b"}}
                """));

        assertThat(problems(contents)).containsExactly(
                "news.jsonl, line 1, field 'text': holds a NUL character (U+0000) at character 6, which PostgreSQL "
                        + "cannot store",
                "news.jsonl, line 2, field 'meta': holds a NUL character (U+0000), which PostgreSQL cannot store");
    }

    @Test
    void reportsBadEncodingWithTheFileAndByteOffsetAndReadsNoFurther() {
        byte[] head = "{\"text\":\"caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}\n{\"text\":\"next\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = StrictUtf8Test.concat(StrictUtf8Test.concat(head, new byte[] {(byte) 0xE9}), tail);

        UploadContents contents = read(file("latin1.jsonl", bytes));

        assertThat(problems(contents)).containsExactly("latin1.jsonl: not UTF-8: the byte 0xE9 at byte offset 12 "
                + "(line 1) is not valid UTF-8; save the file as UTF-8 and import it again");
        assertThat(contents.documents()).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsDropped() {
        byte[] bytes = StrictUtf8Test.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"text\":\"With BOM.\"}\n".getBytes(StandardCharsets.UTF_8));

        UploadContents contents = read(file("bom.jsonl", bytes));

        assertThat(problems(contents)).isEmpty();
        assertThat(contents.documents().getFirst().document().text()).isEqualTo("With BOM.");
    }
}
