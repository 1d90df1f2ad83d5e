package org.slant.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slant.corpus.importing.Uploads.file;
import static org.slant.corpus.importing.Uploads.problems;
import static org.slant.corpus.importing.Uploads.read;
import static org.slant.corpus.importing.Uploads.zip;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.platform.StrictUtf8Test;

class TextAndZipFilesTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void aTextFileIsOneDocumentTitledWithItsName() {
        UploadContents contents = read(file("NATO talks.v2.txt", "NATO met Russia.\n"));

        assertThat(problems(contents)).isEmpty();
        IncomingDocument incoming = contents.documents().getFirst();
        assertThat(incoming.where()).isEqualTo("NATO talks.v2.txt");
        assertThat(incoming.title()).isEqualTo("NATO talks.v2");
        assertThat(incoming.document().text()).isEqualTo("NATO met Russia.\n");
        assertThat(incoming.document().meta()).isEqualTo(Map.of("file", "NATO talks.v2.txt"));
    }

    @Test
    void dropsTheByteOrderMarkAndKeepsCrlfByteForByte() {
        String text = "Headline\r\n\r\nFirst paragraph \u2013 \u201Cquoted\u201D.\r\nLast line without break";
        byte[] bytes = StrictUtf8Test.concat(BOM, text.getBytes(StandardCharsets.UTF_8));

        UploadContents contents = read(file("article.txt", bytes));

        String stored = contents.documents().getFirst().document().text();
        assertThat(stored).isEqualTo(text);
        assertThat(stored.getBytes(StandardCharsets.UTF_8)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesEmptyAndWhiteSpaceFiles() {
        UploadContents contents = read(file("empty.txt", ""), file("blank.txt", " \r\n\t\u00A0\u2003\n"));

        assertThat(problems(contents)).containsExactly("empty.txt: is empty or only white space",
                "blank.txt: is empty or only white space");
    }

    @Test
    void reportsBadEncodingWithTheFileNameAndByteOffset() {
        byte[] bytes = StrictUtf8Test.concat("Line one\nZ\u00FCrich ".getBytes(StandardCharsets.UTF_8),
                new byte[] {'M', (byte) 0xFC, 'n'});

        assertThat(problems(read(file("windows.txt", bytes)))).containsExactly("windows.txt: not UTF-8: the byte "
                + "0xFC at byte offset 18 (line 2) is not valid UTF-8; save the file as UTF-8 and import it again");
    }

    @Test
    void readsTheTextFilesOfAZipInFoldersAndPassesOverFoldersAndHiddenFiles() {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("corpus/", new byte[0]);
        entries.put("corpus/2022/nato.txt", "NATO text.".getBytes(StandardCharsets.UTF_8));
        entries.put("corpus/.DS_Store", new byte[] {0, 1, 2});
        entries.put("__MACOSX/corpus/._nato.txt", new byte[] {0, 5});
        entries.put(".hidden/notes.txt", "Hidden.".getBytes(StandardCharsets.UTF_8));
        entries.put("top.TXT", StrictUtf8Test.concat(BOM, "Top text.\r\n".getBytes(StandardCharsets.UTF_8)));

        UploadContents contents = read(file("corpus.zip", zip(entries)));

        assertThat(problems(contents)).isEmpty();
        assertThat(contents.documents()).extracting(IncomingDocument::where)
                .containsExactly("corpus.zip, entry 'corpus/2022/nato.txt'", "corpus.zip, entry 'top.TXT'");
        assertThat(contents.documents()).extracting(IncomingDocument::title).containsExactly("nato", "top");
        assertThat(contents.documents().get(1).document().text()).isEqualTo("Top text.\r\n");
        assertThat(contents.documents().getFirst().document().meta())
                .isEqualTo(Map.of("file", "corpus/2022/nato.txt"));
    }

    @Test
    void refusesEntriesThatLeadOutOfTheArchive() {
        UploadContents contents = read(file("evil.zip", zip("fine.txt", "Fine.", "../evil.txt", "Evil.",
                "/abs.txt", "Absolute.", "a/../../b.txt", "Deeper.", "C:\\windows.txt", "Drive.")));

        assertThat(problems(contents)).containsExactly(
                "evil.zip, entry '../evil.txt': has '..' in its path, which would lead out of the archive",
                "evil.zip, entry '/abs.txt': has an absolute path; an archive's entries must be relative",
                "evil.zip, entry 'a/../../b.txt': has '..' in its path, which would lead out of the archive",
                "evil.zip, entry 'C:\\windows.txt': has an absolute path; an archive's entries must be relative");
    }

    @Test
    void refusesEntriesThatAreNotTextFiles() {
        assertThat(problems(read(file("mixed.zip", zip("a.txt", "A.", "manifest.csv", "text\nx\n")))))
                .containsExactly("mixed.zip, entry 'manifest.csv': is not a .txt file; a zip may hold only .txt "
                        + "files (import other files on their own, or remove it from the archive)");
    }

    @Test
    void reportsEntriesWithBadEncodingOrNoText() {
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};
        UploadContents contents = read(file("corpus.zip", zip(Map.of("latin1.txt", latin1))),
                file("blank.zip", zip("blank.txt", "  \n")));

        assertThat(problems(contents)).containsExactly(
                "corpus.zip, entry 'latin1.txt': not UTF-8: the byte 0xE9 at byte offset 3 (line 1) is not valid "
                        + "UTF-8; save the file as UTF-8 and import it again",
                "blank.zip, entry 'blank.txt': is empty or only white space");
    }

    @Test
    void refusesAFileThatIsNotAZip() {
        assertThat(problems(read(file("notes.zip", "just text")))).containsExactly("notes.zip: not a zip archive, "
                + "or an empty one");
    }
}
