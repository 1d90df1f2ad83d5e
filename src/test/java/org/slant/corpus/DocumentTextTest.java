package org.slant.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTextTest {

    @Test
    void countsWordsAsAReaderDoes() {
        assertThat(DocumentText.countWords("")).isZero();
        assertThat(DocumentText.countWords("  \n\t ")).isZero();
        assertThat(DocumentText.countWords("Our differences will not be easy to bridge.")).isEqualTo(8);
        // a hyphen parts words (UAX #29, as the browser's segmenter has it); an apostrophe does not
        assertThat(DocumentText.countWords("NATO-Russia talks — \"not an easy discussion,\" he said.")).isEqualTo(9);
        assertThat(DocumentText.countWords("It's the 30-nation alliance's 100,000 troops")).isEqualTo(7);
    }

    @Test
    void countsWordsBeyondAscii() {
        assertThat(DocumentText.countWords("Зеленський заявив\u00a0сьогодні 🇺🇦 👍🏽")).isEqualTo(3);
        assertThat(DocumentText.countWords("café naïve coöperate")).isEqualTo(3);
    }

    @Test
    void hashesTheUtf8BytesAsLowerCaseHex() {
        assertThat(DocumentText.sha256("")).isEqualTo(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(DocumentText.sha256("abc")).isEqualTo(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(DocumentText.sha256("a\r\nb")).isNotEqualTo(DocumentText.sha256("a\nb"));
    }


    @Test
    void theFirstLineThatIsNotBlankIsTheTitle() {
        assertThat(DocumentText.titleFrom("\r\n   \n  NATO meets Russia \r\nMore text.")).isEqualTo("NATO meets Russia");
    }

    @Test
    void aLongLineIsCutAtAWordWithAnEllipsis() {
        String line = "NATO Secretary-General Jens Stoltenberg said that the talks with Russia on Wednesday over "
                + "military aggression were not easy";
        String title = DocumentText.titleFrom(line + "\nsecond line");
        assertThat(title).isEqualTo("NATO Secretary-General Jens Stoltenberg said that the talks with Russia on…");
        assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(80);
    }

    @Test
    void aLineOfExactlyEightyCharactersIsKept() {
        String line = "x".repeat(80);
        assertThat(DocumentText.titleFrom(line)).isEqualTo(line);
    }

    @Test
    void aLineWithoutSpacesIsCutInsideTheWord() {
        assertThat(DocumentText.titleFrom("y".repeat(100))).isEqualTo("y".repeat(79) + "…");
    }

    @Test
    void neverCutsACharacterBeyondTheBmpInTwo() {
        String title = DocumentText.titleFrom("\uD83D\uDE00".repeat(100));
        assertThat(title).isEqualTo("\uD83D\uDE00".repeat(79) + "…");
    }
}
