package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Packed rows come back as the categories they were made of, with their counts. */
class TokenTallyTest {

    @Test
    void packedRowsComeBackByName() {
        TokenTally.TokenCategories categories = new TokenTally.TokenCategories();
        int source = categories.id("Source");
        int both = categories.id("Cue+Source");
        TokenTally tally = new TokenTally(3, categories);

        tally.add(new int[] {0, source, source});
        tally.add(new int[] {0, source, source});
        tally.add(5, new int[] {0, 0, 0});
        tally.add(new int[] {source, both, 0});

        Map<List<Object>, Long> rows = tally.tally().rows();
        assertThat(rows).containsOnly(Map.entry(List.of("O", "Source", "Source"), 2L),
                Map.entry(List.of("O", "O", "O"), 5L), Map.entry(List.of("Source", "Cue+Source", "O"), 1L));
    }

    @Test
    void rowsOfManyRatersAreTalliedByName() {
        TokenTally.TokenCategories categories = new TokenTally.TokenCategories();
        int frame = categories.id("Frame");
        TokenTally tally = new TokenTally(6, categories);

        tally.add(3, new int[] {frame, frame, 0, 0, 0, frame});

        assertThat(tally.tally().rows()).containsExactly(
                Map.entry(List.of("Frame", "Frame", "O", "O", "O", "Frame"), 3L));
        assertThat(tally.tally().units()).isEqualTo(3);
    }
}
