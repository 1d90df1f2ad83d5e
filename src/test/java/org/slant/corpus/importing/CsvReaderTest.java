package org.slant.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slant.corpus.importing.Uploads.file;
import static org.slant.corpus.importing.Uploads.problems;
import static org.slant.corpus.importing.Uploads.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.corpus.NewDocument;
import org.slant.platform.StrictUtf8Test;

class CsvReaderTest {

    @Test
    void mapsTheKnownColumnsAndPutsTheOthersIntoMetaAsText() {
        UploadContents contents = read(file("articles.csv", """
                externalId,title,text,outlet,story,url,published,section,words,empty
                a-1,Talks,NATO met Russia.,Fox News,NRC,https://example.org/a,2022-01-12,world,3,
                """));

        assertThat(problems(contents)).isEmpty();
        IncomingDocument incoming = contents.documents().getFirst();
        assertThat(incoming.where()).isEqualTo("articles.csv, line 2");
        NewDocument document = incoming.document();
        assertThat(document.text()).isEqualTo("NATO met Russia.");
        assertThat(document.title()).isEqualTo("Talks");
        assertThat(document.outlet()).isEqualTo("Fox News");
        assertThat(document.story()).isEqualTo("NRC");
        assertThat(document.url()).isEqualTo("https://example.org/a");
        assertThat(document.published()).isEqualTo(LocalDate.of(2022, 1, 12));
        assertThat(document.externalId()).isEqualTo("a-1");
        assertThat(document.meta()).isEqualTo(Map.of("section", "world", "words", "3"));
    }

    @Test
    void keepsLineBreaksInQuotedTextsAndCountsLinesFromWhereARowStarts() {
        String csv = "text,title\r\n\"First paragraph.\r\n\r\nSecond, \"\"quoted\"\".\",One\r\nPlain,Two\r\n"
                + "\"A\nB\",Three\r\n,Four\r\n";

        UploadContents contents = read(file("articles.csv", csv));

        assertThat(contents.documents()).extracting(document -> document.document().text())
                .containsExactly("First paragraph.\r\n\r\nSecond, \"quoted\".", "Plain", "A\nB");
        assertThat(contents.documents()).extracting(IncomingDocument::where)
                .containsExactly("articles.csv, line 2", "articles.csv, line 5", "articles.csv, line 6");
        assertThat(problems(contents)).containsExactly("articles.csv, line 8, column 'text': is empty or only white "
                + "space");
    }

    @Test
    void aTextWithoutTitleIsTitledWithItsFirstLine() {
        UploadContents contents = read(file("articles.csv", "text\n\"Headline here\nBody.\"\n"));

        assertThat(contents.documents().getFirst().title()).isEqualTo("Headline here");
    }

    @Test
    void refusesAFileWithoutTextColumnNamingTheColumnsItHas() {
        UploadContents contents = read(file("articles.csv", "Text,title\nSomething,Else\n"));

        assertThat(problems(contents)).containsExactly("articles.csv, line 1: no 'text' column; the header names "
                + "'Text', 'title' (names are case-sensitive)");
        assertThat(contents.documents()).isEmpty();
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(problems(read(file("empty.csv", "")))).containsExactly("empty.csv, line 1: no header line: the "
                + "first line must name the columns, one of them 'text'");
    }

    @Test
    void reportsRowsWithTheWrongNumberOfValuesAndBadDates() {
        UploadContents contents = read(file("articles.csv", """
                text,title,published
                One,First,2022-01-12
                Two,Second
                Three,Third,12.01.2022
                Four,Fourth,2022-01-13,extra
                """));

        assertThat(problems(contents)).containsExactly(
                "articles.csv, line 3: has 2 values, but the header names 3 columns",
                "articles.csv, line 4, column 'published': not an ISO date (YYYY-MM-DD): '12.01.2022'",
                "articles.csv, line 5: has 4 values, but the header names 3 columns");
    }

    @Test
    void reportsMalformedCsvWithTheLine() {
        UploadContents contents = read(file("articles.csv", "text,title\nfine,One\n\"open\"quote,Two\nnever,read\n"));

        assertThat(problems(contents)).singleElement().asString().startsWith("articles.csv, line 3: not valid CSV:");
    }

    @Test
    void refusesADuplicateColumnName() {
        assertThat(problems(read(file("articles.csv", "text,title,title\na,b,c\n")))).singleElement().asString()
                .startsWith("articles.csv, line 1: not a usable header line:").contains("title");
    }

    @Test
    void dropsAByteOrderMarkBeforeTheHeader() {
        byte[] bytes = StrictUtf8Test.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "text\nExcel wrote me.\n".getBytes(StandardCharsets.UTF_8));

        UploadContents contents = read(file("excel.csv", bytes));

        assertThat(problems(contents)).isEmpty();
        assertThat(contents.documents().getFirst().document().text()).isEqualTo("Excel wrote me.");
    }

    @Test
    void reportsBadEncodingWithTheByteOffset() {
        byte[] bytes = StrictUtf8Test.concat("text\nna".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xEF, 'v'});

        assertThat(problems(read(file("latin1.csv", bytes)))).containsExactly("latin1.csv: not UTF-8: the byte 0xEF "
                + "at byte offset 7 (line 2) is not valid UTF-8; save the file as UTF-8 and import it again");
    }
}
