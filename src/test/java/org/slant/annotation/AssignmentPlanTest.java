package org.slant.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.slant.annotation.AssignmentPlan.Item;

/** The plan's promises over random team and corpus sizes. */
class AssignmentPlanTest {

    @RepeatedTest(200)
    void everyDocumentGetsKDistinctAnnotatorsAndSharesDifferByAtMostOne(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int annotatorCount = 1 + random.nextInt(25);
        int k = 1 + random.nextInt(Math.min(annotatorCount, 5));
        List<UUID> annotators = ids(annotatorCount, random);
        List<UUID> stories = ids(1 + random.nextInt(20), random);
        List<Item> documents = new ArrayList<>();
        for (int i = random.nextInt(400); i >= 0; i--) {
            UUID story = random.nextInt(5) == 0 ? null : stories.get(random.nextInt(stories.size()));
            documents.add(new Item(new UUID(random.nextLong(), random.nextLong()), story, Set.of()));
        }
        Long seed = random.nextBoolean() ? random.nextLong() : null;

        Map<UUID, List<UUID>> plan = AssignmentPlan.plan(documents, annotators, k, seed);

        assertThat(plan).hasSize(documents.size());
        Map<UUID, Integer> shares = new HashMap<>();
        annotators.forEach(annotator -> shares.put(annotator, 0));
        for (List<UUID> chosen : plan.values()) {
            assertThat(chosen).hasSize(k).doesNotHaveDuplicates();
            assertThat(annotators).containsAll(chosen);
            chosen.forEach(annotator -> shares.merge(annotator, 1, Integer::sum));
        }
        IntSummaryStatistics spread = shares.values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertThat(spread.getMax() - spread.getMin()).as("shares " + shares.values()).isLessThanOrEqualTo(1);
        assertThat(spread.getSum()).isEqualTo(k * documents.size());
        assertThat(AssignmentPlan.plan(documents, annotators, k, seed)).as("the same input, the same plan")
                .isEqualTo(plan);
    }

    @Test
    void aStorysArticlesStayWithTheSameAnnotatorsWhenTheBalanceAllows() {
        List<UUID> annotators = ids(4, new Random(1));
        UUID nato = UUID.randomUUID();
        UUID geneva = UUID.randomUUID();
        List<Item> documents = List.of(new Item(UUID.randomUUID(), nato, Set.of()),
                new Item(UUID.randomUUID(), geneva, Set.of()), new Item(UUID.randomUUID(), nato, Set.of()),
                new Item(UUID.randomUUID(), geneva, Set.of()));

        Map<UUID, List<UUID>> plan = AssignmentPlan.plan(documents, annotators, 2, null);

        // two stories of two articles, four annotators, two per article: each story keeps one pair
        assertThat(new HashSet<>(plan.get(documents.get(0).documentId())))
                .isEqualTo(new HashSet<>(plan.get(documents.get(2).documentId())));
        assertThat(new HashSet<>(plan.get(documents.get(1).documentId())))
                .isEqualTo(new HashSet<>(plan.get(documents.get(3).documentId())))
                .doesNotContainAnyElementsOf(plan.get(documents.get(0).documentId()));
    }

    @Test
    void workAlreadyAssignedStaysAndCounts() {
        List<UUID> annotators = ids(3, new Random(3));
        UUID started = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        Map<UUID, List<UUID>> plan = AssignmentPlan.plan(List.of(
                new Item(started, null, Set.of(annotators.get(0))), new Item(fresh, null, Set.of())),
                annotators, 2, null);

        assertThat(plan.get(started)).hasSize(1).doesNotContain(annotators.get(0));
        assertThat(plan.get(fresh)).hasSize(2).doesNotHaveDuplicates();
        Map<UUID, Integer> shares = new HashMap<>();
        shares.put(annotators.get(0), 1);
        plan.values().forEach(chosen -> chosen.forEach(annotator -> shares.merge(annotator, 1, Integer::sum)));
        assertThat(shares.values()).containsExactlyInAnyOrder(2, 1, 1);
    }

    @Test
    void tooFewAnnotatorsForKIsRefused() {
        assertThatThrownBy(() -> AssignmentPlan.plan(List.of(), ids(2, new Random(4)), 3, null))
                .hasMessageContaining("3 distinct annotators, and there are 2");
    }

    private static List<UUID> ids(int count, Random random) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return ids;
    }
}
