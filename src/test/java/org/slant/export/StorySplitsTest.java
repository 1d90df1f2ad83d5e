package org.slant.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StorySplitsTest {

    @Test
    void aSingleStoryLeavesTheOtherSplitsEmptyAndASplitAskedNoShareIsNotCalledEmpty() {
        Map<UUID, Integer> oneStory = Map.of(UUID.randomUUID(), 5);
        assertThat(StorySplits.empty(oneStory, new ExportOptions.Splits(0.8, 0.1, 0.1, 1)))
                .containsExactly(StorySplits.Split.VALIDATION, StorySplits.Split.TEST);
        assertThat(StorySplits.empty(oneStory, new ExportOptions.Splits(1, 0, 0, 1))).isEmpty();
        assertThat(StorySplits.empty(oneStory, new ExportOptions.Splits(0, 0, 0, 1))).as("refused by the export")
                .isEmpty();
        Map<UUID, Integer> threeStories = Map.of(UUID.randomUUID(), 3, UUID.randomUUID(), 2, UUID.randomUUID(), 2);
        assertThat(StorySplits.empty(threeStories, new ExportOptions.Splits(0.5, 0.25, 0.25, 1))).isEmpty();
    }

    @Test
    void everySplitIsWithinOneStoryOfItsShareAndTheSeedRepeatsIt() {
        Random random = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            Map<UUID, Integer> sizes = new HashMap<>();
            int stories = 1 + random.nextInt(60);
            for (int i = 0; i < stories; i++) {
                sizes.put(new UUID(random.nextLong(), random.nextLong()), 1 + random.nextInt(12));
            }
            ExportOptions.Splits shares = new ExportOptions.Splits(0.7, 0.2, 0.1, random.nextLong());

            Map<UUID, StorySplits.Split> splits = StorySplits.assign(sizes, shares);

            assertThat(splits.keySet()).as("every story in exactly one split").isEqualTo(sizes.keySet());
            assertThat(StorySplits.assign(sizes, shares)).as("same seed, same splits").isEqualTo(splits);
            long total = sizes.values().stream().mapToLong(Integer::longValue).sum();
            int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            Map<StorySplits.Split, Long> documents = new EnumMap<>(StorySplits.Split.class);
            splits.forEach((story, split) -> documents.merge(split, (long) sizes.get(story), Long::sum));
            double[] share = {0.7, 0.2, 0.1};
            for (StorySplits.Split split : StorySplits.Split.values()) {
                assertThat(Math.abs(documents.getOrDefault(split, 0L) - share[split.ordinal()] * total))
                        .as(split + " of " + sizes).isLessThanOrEqualTo(largest);
            }
        }
    }

    @Test
    void allInTrainWhenTheOtherSharesAreZero() {
        Map<UUID, Integer> sizes = Map.of(UUID.randomUUID(), 3, UUID.randomUUID(), 5, UUID.randomUUID(), 1);

        assertThat(StorySplits.assign(sizes, new ExportOptions.Splits(1, 0, 0, 9)).values())
                .containsOnly(StorySplits.Split.TRAIN);
    }

    @Test
    void anotherSeedShufflesStoriesOfEqualSize() {
        Map<UUID, Integer> sizes = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            sizes.put(new UUID(0, i), 2);
        }

        assertThat(StorySplits.assign(sizes, new ExportOptions.Splits(0.5, 0.25, 0.25, 1)))
                .isNotEqualTo(StorySplits.assign(sizes, new ExportOptions.Splits(0.5, 0.25, 0.25, 2)));
    }
}
