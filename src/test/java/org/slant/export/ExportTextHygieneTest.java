package org.slant.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.export.ExportOptions.Hygiene;
import org.slant.export.ExportedDocument.AnnotatorWork;
import org.slant.export.ExportedDocument.ExportedSpan;
import org.slant.export.TextHygiene.Range;

class ExportTextHygieneTest {

    // code points: "Hi 👋🏽" is H,i,space,U+1F44B,U+1F3FD (5); "AD\u00a0" at 5..8; "Sanctions" 8..17; CRLF 17..19; "bite." 19..24
    static final String TEXT = "Hi 👋🏽AD\u00a0Sanctions\r\nbite.";

    @Test
    void maskKeepsLengthAndOffsets() {
        List<AnnotatorWork> work = List.of(work(span(3, 5), span(8, 17), span(4, 7)));
        TextHygiene.Cleaned cleaned = TextHygiene.apply(Hygiene.MASK, TEXT, List.of(new Range(5, 8)), work);
        assertThat(cleaned.text().codePointCount(0, cleaned.text().length()))
                .isEqualTo(TEXT.codePointCount(0, TEXT.length()));
        assertThat(cleaned.text()).isEqualTo("Hi 👋🏽   Sanctions\r\nbite.");
        assertThat(texts(cleaned)).containsExactly("👋🏽", "Sanctions", "🏽  ");
        assertInvariant(cleaned);
    }

    @Test
    void dropMovesCutsAndLeavesOut() {
        List<AnnotatorWork> work = List.of(work(span(3, 5), span(8, 17), span(5, 7), span(4, 7), span(6, 10),
                span(0, 24)));
        TextHygiene.Cleaned cleaned = TextHygiene.apply(Hygiene.DROP, TEXT, List.of(new Range(5, 8)), work);
        assertThat(cleaned.text()).isEqualTo("Hi 👋🏽Sanctions\r\nbite.");
        // [5,7) lies within the removed text: left out; [4,7) cut to [4,5); [6,10) cut to [5,7); [0,25) closes up
        assertThat(cleaned.work().getFirst().spans()).extracting(ExportedSpan::start, ExportedSpan::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 5), org.assertj.core.groups.Tuple.tuple(5, 14),
                        org.assertj.core.groups.Tuple.tuple(4, 5), org.assertj.core.groups.Tuple.tuple(5, 7),
                        org.assertj.core.groups.Tuple.tuple(0, 21));
        assertThat(texts(cleaned)).containsExactly("👋🏽", "Sanctions", "🏽", "Sa", "Hi 👋🏽Sanctions\r\nbite.");
        assertInvariant(cleaned);
    }

    @Test
    void overlappingAndTouchingRangesJoinAndOutOfRangeIsClipped() {
        List<AnnotatorWork> work = List.of(work(span(0, 2), span(17, 19)));
        TextHygiene.Cleaned cleaned = TextHygiene.apply(Hygiene.DROP, TEXT,
                List.of(new Range(10, 14), new Range(8, 11), new Range(14, 15), new Range(20, 99)), work);
        assertThat(cleaned.text()).isEqualTo("Hi 👋🏽AD\u00a0ns\r\nb");
        assertInvariant(cleaned);
        assertThat(texts(cleaned)).containsExactly("Hi", "\r\n");
    }

    @Test
    void keepChangesNothing() {
        List<AnnotatorWork> work = List.of(work(span(3, 5)));
        TextHygiene.Cleaned cleaned = TextHygiene.apply(Hygiene.KEEP, TEXT, List.of(new Range(0, 8)), work);
        assertThat(cleaned.text()).isSameAs(TEXT);
        assertThat(cleaned.work()).isSameAs(work);
    }

    static void assertInvariant(TextHygiene.Cleaned cleaned) {
        int[] codePoints = cleaned.text().codePoints().toArray();
        for (AnnotatorWork work : cleaned.work()) {
            for (ExportedSpan span : work.spans()) {
                assertThat(span.text()).isEqualTo(new String(codePoints, span.start(), span.end() - span.start()));
            }
        }
    }

    private static List<String> texts(TextHygiene.Cleaned cleaned) {
        return cleaned.work().getFirst().spans().stream().map(ExportedSpan::text).toList();
    }

    private static AnnotatorWork work(ExportedSpan... spans) {
        return new AnnotatorWork("a-00000000", "DONE", List.of(spans), List.of());
    }

    private static ExportedSpan span(int start, int end) {
        int[] codePoints = TEXT.codePoints().toArray();
        return new ExportedSpan(UUID.randomUUID(), "Frames", "Economic", start, end,
                new String(codePoints, start, end - start), Map.of());
    }
}
