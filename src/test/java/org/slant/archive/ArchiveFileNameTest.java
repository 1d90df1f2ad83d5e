package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArchiveFileNameTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void keepsLettersAndDigitsOfAnyScriptAndJoinsTheRestWithDashes() {
        assertThat(ArchiveFileName.of("NATO–Russia Council, 12 Jan 2022", DAY))
                .isEqualTo("nato-russia-council-12-jan-2022-2026-03-01.slant.zip");
        assertThat(ArchiveFileName.of("Cafe\u0301 / Київ: study #2", DAY))
                .isEqualTo("caf\u00e9-київ-study-2-2026-03-01.slant.zip");
    }

    @Test
    void aNameWithoutLettersBecomesProjectAndALongOneIsCut() {
        assertThat(ArchiveFileName.of("?!/", DAY)).isEqualTo("project-2026-03-01.slant.zip");
        assertThat(ArchiveFileName.of("a".repeat(300), DAY)).isEqualTo("a".repeat(80) + "-2026-03-01.slant.zip");
    }
}
