package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rule for the file names of exports and archives: any script's letters survive. */
class FileNamesTest {

    @Test
    void keepsLettersAndDigitsOfAnyScriptAndJoinsTheRestWithDashes() {
        assertThat(FileNames.slug("NATO–Russia Council, 12 Jan 2022", 60)).isEqualTo("nato-russia-council-12-jan-2022");
        assertThat(FileNames.slug("Cafe\u0301 / Київ: study #2", 60)).isEqualTo("caf\u00e9-київ-study-2");
        assertThat(FileNames.slug("تغطية الأخبار", 60)).isEqualTo("تغطية-الأخبار");
    }

    @Test
    void nothingLeftIsProjectAndALongNameIsCutByCodePoints() {
        assertThat(FileNames.slug("?!/", 60)).isEqualTo("project");
        assertThat(FileNames.slug(null, 60)).isEqualTo("project");
        assertThat(FileNames.slug("😀".repeat(3) + "🇺🇦 ab", 60)).isEqualTo("ab");
        assertThat(FileNames.slug("я".repeat(100), 60)).isEqualTo("я".repeat(60));
        assertThat(FileNames.slug("ab cd", 3)).isEqualTo("ab");
    }
}
