package org.slant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void aShortFirstLineIsTheTitle() {
        assertThat(Titles.fromText("\n  NATO meets Russia \nMore text.")).isEqualTo("NATO meets Russia");
    }

    @Test
    void aLongFirstLineIsCutAtAWordWithAnEllipsis() {
        String line = "NATO Secretary-General Jens Stoltenberg said that the talks with Russia Wednesday over "
                + "military aggression were not easy";
        String title = Titles.fromText(line + "\nsecond line");
        assertThat(title).hasSizeLessThanOrEqualTo(80).endsWith("…");
        assertThat(title).isEqualTo("NATO Secretary-General Jens Stoltenberg said that the talks with Russia…");
    }
}
