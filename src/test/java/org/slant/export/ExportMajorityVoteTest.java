package org.slant.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.export.ExportedDocument.AnnotatorWork;
import org.slant.export.ExportedDocument.ExportedAnswer;
import org.slant.export.ExportedDocument.ExportedSpan;

class ExportMajorityVoteTest {

    static final UUID DOCUMENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void aSpanTwoOfThreeMadeExactlyIsInItAndOneOfThreeIsNot() {
        AnnotatorWork vote = MajorityVote.of(DOCUMENT, List.of(
                work("a", List.of(span("Economic", 0, 10, Map.of("cue", "explicit")), span("Security", 20, 30,
                        Map.of())), List.of(answer("negative"))),
                work("b", List.of(span("Economic", 0, 10, Map.of("cue", "explicit")), span("Security", 22, 30,
                        Map.of())), List.of(answer("negative"))),
                work("c", List.of(span("Economic", 0, 10, Map.of("cue", "implicit"))), List.of(answer("neutral")))));
        assertThat(vote.annotator()).isEqualTo("majority");
        assertThat(vote.status()).isNull();
        assertThat(vote.spans()).singleElement().satisfies(span -> {
            assertThat(span.label()).isEqualTo("Economic");
            assertThat(span.start()).isEqualTo(0);
            assertThat(span.end()).isEqualTo(10);
            assertThat(span.attributes()).isEqualTo(Map.of("cue", "explicit"));
        });
        assertThat(vote.answers()).extracting(ExportedAnswer::label).containsExactly("negative");
    }

    @Test
    void exactlyHalfIsATieAndNotAMajority() {
        AnnotatorWork vote = MajorityVote.of(DOCUMENT, List.of(
                work("a", List.of(span("Economic", 0, 10, Map.of())), List.of(answer("positive"))),
                work("b", List.of(), List.of()),
                work("c", List.of(span("Economic", 0, 10, Map.of())), List.of(answer("positive"))),
                work("d", List.of(span("Security", 0, 10, Map.of())), List.of())));
        assertThat(vote.spans()).isEmpty();
        assertThat(vote.answers()).isEmpty();
        assertThat(MajorityVote.isMajority(1, 2)).isFalse();
        assertThat(MajorityVote.isMajority(2, 2)).isTrue();
        assertThat(MajorityVote.isMajority(2, 3)).isTrue();
        assertThat(MajorityVote.isMajority(0, 0)).isFalse();
    }

    @Test
    void aLoneAnnotatorIsTheirOwnMajorityAndDuplicatesVoteOnce() {
        ExportedSpan twice = span("Economic", 3, 5, Map.of());
        AnnotatorWork vote = MajorityVote.of(DOCUMENT, List.of(work("a", List.of(twice, twice), List.of())));
        assertThat(vote.spans()).hasSize(1);
        AnnotatorWork split = MajorityVote.of(DOCUMENT, List.of(work("a", List.of(twice, twice), List.of()),
                work("b", List.of(), List.of()), work("c", List.of(), List.of())));
        assertThat(split.spans()).isEmpty();
    }

    @Test
    void idsAreStable() {
        List<AnnotatorWork> work = List.of(work("a", List.of(span("Economic", 0, 10, Map.of())), List.of()));
        assertThat(MajorityVote.of(DOCUMENT, work).spans().getFirst().id())
                .isEqualTo(MajorityVote.of(DOCUMENT, work).spans().getFirst().id());
    }

    private static AnnotatorWork work(String annotator, List<ExportedSpan> spans, List<ExportedAnswer> answers) {
        return new AnnotatorWork(annotator, "DONE", spans, answers);
    }

    private static ExportedSpan span(String label, int start, int end, Map<String, Object> attributes) {
        return new ExportedSpan(UUID.randomUUID(), "Frames", label, start, end, "x".repeat(end - start), attributes);
    }

    private static ExportedAnswer answer(String label) {
        return new ExportedAnswer(UUID.randomUUID(), "Tone", label, Map.of());
    }
}
