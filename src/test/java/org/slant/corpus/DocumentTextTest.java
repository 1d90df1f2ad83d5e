package org.slant.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTextTest {

    @Test
    void countsWordsAsAReaderDoes() {
        assertThat(DocumentText.countWords("")).isZero();
        assertThat(DocumentText.countWords("  \n\t ")).isZero();
        assertThat(DocumentText.countWords("Our differences will not be easy to bridge.")).isEqualTo(8);
        assertThat(DocumentText.countWords("NATO-Russia talks — \"not an easy discussion,\" he said.")).isEqualTo(8);
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
}
