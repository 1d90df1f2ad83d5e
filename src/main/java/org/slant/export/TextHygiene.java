package org.slant.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slant.export.ExportOptions.Hygiene;
import org.slant.export.ExportedDocument.AnnotatorWork;
import org.slant.export.ExportedDocument.ExportedSpan;

/**
 * Takes text that is not the article's (page furniture, promo headlines: the spans of the hygiene layer) out of a
 * document's training text, keeping every exported offset valid. A pure function of the text, the ranges to take out
 * and the work on the text; offsets are code points.
 * <ul>
 * <li>{@link Hygiene#MASK}: every code point in a range becomes a space (U+0020): the text keeps its length, every
 * offset stays where it was; a span's text is read again from the masked text.</li>
 * <li>{@link Hygiene#DROP}: the code points in the ranges are removed. An offset {@code o} moves to
 * {@code o - (code points removed before o)}; an offset inside a removed range moves to where that range was. A span
 * lying wholly inside removed text is left out; one partly in it is cut to what remains; one around it closes
 * up.</li>
 * </ul>
 * The hygiene spans themselves are never part of the result: the caller leaves them out of {@code work}.
 */
public final class TextHygiene {

    private TextHygiene() {
    }

    /** Code points {@code [start, end)} not to train on. */
    public record Range(int start, int end) {
    }

    /** The text after hygiene and the work with spans moved, cut or left out, each span's text read anew. */
    public record Cleaned(String text, List<AnnotatorWork> work) {
    }

    public static Cleaned apply(Hygiene hygiene, String text, List<Range> ranges, List<AnnotatorWork> work) {
        int[] codePoints = text.codePoints().toArray();
        List<Range> merged = merged(ranges, codePoints.length);
        if (hygiene == Hygiene.KEEP || merged.isEmpty()) {
            return new Cleaned(text, work);
        }
        return switch (hygiene) {
            case MASK -> mask(codePoints, merged, work);
            case DROP -> drop(codePoints, merged, work);
            case KEEP -> throw new AssertionError();
        };
    }

    /** The span's text, {@code codePoints[start:end]}. */
    static String slice(int[] codePoints, int start, int end) {
        return new String(codePoints, start, end - start);
    }

    private static Cleaned mask(int[] codePoints, List<Range> ranges, List<AnnotatorWork> work) {
        int[] masked = codePoints.clone();
        for (Range range : ranges) {
            for (int i = range.start(); i < range.end(); i++) {
                masked[i] = ' ';
            }
        }
        List<AnnotatorWork> moved = new ArrayList<>(work.size());
        for (AnnotatorWork one : work) {
            moved.add(new AnnotatorWork(one.annotator(), one.status(), one.spans().stream()
                    .map(span -> new ExportedSpan(span.id(), span.layer(), span.label(), span.start(), span.end(),
                            slice(masked, span.start(), span.end()), span.attributes()))
                    .toList(), one.answers()));
        }
        return new Cleaned(new String(masked, 0, masked.length), moved);
    }

    private static Cleaned drop(int[] codePoints, List<Range> ranges, List<AnnotatorWork> work) {
        int[] kept = new int[codePoints.length];
        int length = 0;
        int from = 0;
        for (Range range : ranges) {
            System.arraycopy(codePoints, from, kept, length, range.start() - from);
            length += range.start() - from;
            from = range.end();
        }
        System.arraycopy(codePoints, from, kept, length, codePoints.length - from);
        length += codePoints.length - from;
        List<AnnotatorWork> moved = new ArrayList<>(work.size());
        for (AnnotatorWork one : work) {
            List<ExportedSpan> spans = new ArrayList<>(one.spans().size());
            for (ExportedSpan span : one.spans()) {
                int start = moved(span.start(), ranges);
                int end = moved(span.end(), ranges);
                if (start < end) {
                    spans.add(new ExportedSpan(span.id(), span.layer(), span.label(), start, end,
                            slice(kept, start, end), span.attributes()));
                }
            }
            moved.add(new AnnotatorWork(one.annotator(), one.status(), spans, one.answers()));
        }
        return new Cleaned(new String(kept, 0, length), moved);
    }

    /** The offset after the ranges (sorted, disjoint) are removed: less the code points removed before it. */
    private static int moved(int offset, List<Range> ranges) {
        int removed = 0;
        for (Range range : ranges) {
            if (range.start() >= offset) {
                break;
            }
            removed += Math.min(range.end(), offset) - range.start();
        }
        return offset - removed;
    }

    /** The ranges clipped to the text, sorted, overlapping and touching ones joined, empty ones left out. */
    static List<Range> merged(List<Range> ranges, int length) {
        List<Range> sorted = ranges.stream()
                .map(range -> new Range(Math.max(0, range.start()), Math.min(length, range.end())))
                .filter(range -> range.start() < range.end())
                .sorted(Comparator.comparingInt(Range::start).thenComparingInt(Range::end)).toList();
        List<Range> merged = new ArrayList<>();
        for (Range range : sorted) {
            if (!merged.isEmpty() && merged.getLast().end() >= range.start()) {
                Range last = merged.removeLast();
                merged.add(new Range(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
