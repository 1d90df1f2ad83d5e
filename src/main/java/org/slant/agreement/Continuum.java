package org.slant.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's alpha_U on where raters put their spans: one stretch of text (a document, or a project's documents
 * laid end to end) of {@code length} characters, with every rater's labelled segments on it. The arithmetic is DKPro
 * Agreement's ({@link FastUnitizingAlpha} computes the same figures fast enough for a whole project).
 *
 * <p>alpha_U assumes a rater never has two overlapping units of one category, while Slant lets an annotator's spans of
 * one label overlap. Each rater's segments of the same label that share at least one character are therefore merged
 * into their union first: the rater marked that stretch with that label, once. Touching segments ([0, 5) and [5, 9))
 * share no character and stay two units; segments of different labels may overlap freely. For
 * {@link #alphaUBoundaries()} all labels become one before merging. Empty segments mark nothing and are left out.
 */
public final class Continuum {

    private static final String ALPHA_U = "Krippendorff's alpha_U";
    private static final String BOUNDARIES = "Krippendorff's alpha_U (boundaries only)";
    private static final String SPAN = "span";

    private final long length;
    private final int raters;
    private final List<Segment> merged;
    private final List<Segment> segments;
    private FastUnitizingAlpha byLabel;
    private FastUnitizingAlpha byBoundary;
    private int boundaryUnits;

    /** raters: how many raters look at this continuum (a rater with no segments marked nothing, which counts). */
    public Continuum(long length, int raters, List<Segment> segments) {
        if (length < 0 || raters < 0) {
            throw new IllegalArgumentException("length " + length + " and raters " + raters + " may not be negative");
        }
        for (Segment segment : segments) {
            if (segment.rater() >= raters || segment.end() > length) {
                throw new IllegalArgumentException(segment + " lies outside " + raters + " raters x [0, " + length
                        + ")");
            }
        }
        this.length = length;
        this.raters = raters;
        this.segments = List.copyOf(segments);
        this.merged = merge(this.segments, Segment::label);
    }

    /** Over all labels (DKPro's calculateAgreement). */
    public Measured alphaU() {
        return measured(ALPHA_U, merged.size(), merged.isEmpty() ? null : labelled().alpha());
    }

    /** For one label (DKPro's calculateCategoryAgreement), over that label's segments only. */
    public Measured alphaU(String label) {
        int units = (int) merged.stream().filter(segment -> segment.label().equals(label)).count();
        return measured(ALPHA_U, units, units == 0 ? null : labelled().alpha(label));
    }

    /** Every label treated as one: agreement on where spans are, not on what they are. */
    public Measured alphaUBoundaries() {
        FastUnitizingAlpha alpha = boundaries();
        return measured(BOUNDARIES, boundaryUnits, boundaryUnits == 0 ? null : alpha.alpha());
    }

    /** The labels present, sorted. */
    public Set<String> labels() {
        SortedSet<String> labels = new TreeSet<>();
        merged.forEach(segment -> labels.add(segment.label()));
        return Collections.unmodifiableSortedSet(labels);
    }

    /** The segments after merging each rater's overlapping segments of one label. */
    public int segmentCount() {
        return merged.size();
    }

    private Measured measured(String name, int units, Double value) {
        return raters < 2 || value == null ? new Measured(name, null, units, raters)
                : Measured.of(name, value, units, raters);
    }

    private synchronized FastUnitizingAlpha labelled() {
        if (byLabel == null) {
            byLabel = alpha(merged);
        }
        return byLabel;
    }

    private synchronized FastUnitizingAlpha boundaries() {
        if (byBoundary == null) {
            List<Segment> spans = merge(segments, segment -> SPAN);
            boundaryUnits = spans.size();
            byBoundary = alpha(spans);
        }
        return byBoundary;
    }

    private FastUnitizingAlpha alpha(List<Segment> units) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, length);
        units.forEach(unit -> study.addUnit(unit.start(), unit.length(), unit.rater(), unit.label()));
        return new FastUnitizingAlpha(study);
    }

    /** Each rater's segments of one label (as {@code labelOf} says), overlapping ones replaced by their union. */
    private List<Segment> merge(List<Segment> segments, Function<Segment, String> labelOf) {
        List<Map<String, List<Segment>>> byRater = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            byRater.add(new HashMap<>());
        }
        for (Segment segment : segments) {
            if (segment.length() > 0) {
                byRater.get(segment.rater()).computeIfAbsent(labelOf.apply(segment), label -> new ArrayList<>())
                        .add(segment);
            }
        }
        List<Segment> merged = new ArrayList<>(segments.size());
        for (Map<String, List<Segment>> byLabel : byRater) {
            byLabel.forEach((label, group) -> mergeInto(merged, label, group));
        }
        return List.copyOf(merged);
    }

    private static void mergeInto(List<Segment> merged, String label, List<Segment> group) {
        group.sort(Comparator.comparingLong(Segment::start));
        Segment run = group.getFirst();
        for (Segment next : group.subList(1, group.size())) {
            if (next.start() < run.end()) {
                run = new Segment(run.rater(), label, run.start(), Math.max(run.end(), next.end()));
            } else {
                merged.add(relabelled(run, label));
                run = next;
            }
        }
        merged.add(relabelled(run, label));
    }

    private static Segment relabelled(Segment segment, String label) {
        return segment.label().equals(label) ? segment
                : new Segment(segment.rater(), label, segment.start(), segment.end());
    }
}
