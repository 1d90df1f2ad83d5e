package org.slant.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationItem;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * Agreement on categories given to units (an article's primary frame, its overall tone; token labels): the rows of
 * {@code ratings} are units, the columns raters, null where a rater did not rate the unit. The arithmetic is DKPro
 * Agreement's; what is ours is which units enter each measure and when a figure is undefined.
 */
public final class CodingMeasures {

    private CodingMeasures() {
    }

    /** Krippendorff's alpha with the nominal metric; units rated by fewer than two raters do not count. */
    public static Measured alphaNominal(List<Object[]> ratings) {
        CodingAnnotationStudy study = study(pairable(ratings));
        return measured("Krippendorff's alpha (nominal)", study, () -> new KrippendorffAlphaAgreement(study,
                new NominalDistanceFunction()).calculateAgreement());
    }

    /**
     * Krippendorff's alpha with the ordinal metric, for ordered labels (the tone scale); the categories are ranks
     * (Integers), e.g. the label's position on the scale.
     */
    public static Measured alphaOrdinal(List<Object[]> ratings) {
        CodingAnnotationStudy study = study(pairable(ratings));
        return measured("Krippendorff's alpha (ordinal)", study, () -> new KrippendorffAlphaAgreement(study,
                new OrdinalDistanceFunction()).calculateAgreement());
    }

    /** Cohen's kappa of two raters, over the units both rated. */
    public static Measured cohenKappa(List<Object[]> ratings) {
        List<Object[]> both = ratings.stream().filter(unit -> unit.length == 2 && unit[0] != null && unit[1] != null)
                .toList();
        CodingAnnotationStudy study = study(both);
        return measured("Cohen's kappa", study, () -> new CohenKappaAgreement(study).calculateAgreement());
    }

    /** Fleiss' kappa over the units every rater rated (it needs complete rows). */
    public static Measured fleissKappa(List<Object[]> ratings) {
        List<Object[]> complete = ratings.stream().filter(unit -> Arrays.stream(unit).allMatch(Objects::nonNull))
                .toList();
        CodingAnnotationStudy study = study(complete);
        return measured("Fleiss' kappa", study, () -> new FleissKappaAgreement(study).calculateAgreement());
    }

    /**
     * {@link #alphaNominal(List)} over tallied rows (token labels: millions of units, few distinct rows), with the same
     * units counted and the same figure.
     */
    public static Measured alphaNominal(RatingTally tally) {
        TalliedStudy study = new TalliedStudy(tally, row -> row.stream().filter(Objects::nonNull).count() >= 2);
        return measured("Krippendorff's alpha (nominal)", study, study.distinctItems(),
                () -> new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement());
    }

    /** {@link #cohenKappa(List)} over tallied rows of two raters, computed from the counts ({@link TallyKappas}). */
    public static Measured cohenKappa(RatingTally tally) {
        TalliedStudy.RowFilter both = row -> row.size() == 2 && row.get(0) != null && row.get(1) != null;
        TalliedStudy study = new TalliedStudy(tally, both);
        return measured("Cohen's kappa", study, study.distinctItems(),
                () -> TallyKappas.cohen(kept(tally, both)));
    }

    /**
     * {@link #fleissKappa(List)} over tallied rows; again only the rows every rater rated; computed from the counts
     * ({@link TallyKappas}).
     */
    public static Measured fleissKappa(RatingTally tally) {
        TalliedStudy.RowFilter complete = row -> row.stream().allMatch(Objects::nonNull);
        TalliedStudy study = new TalliedStudy(tally, complete);
        return measured("Fleiss' kappa", study, study.distinctItems(),
                () -> TallyKappas.fleiss(kept(tally, complete), tally.raters()));
    }

    private static Map<List<Object>, Long> kept(RatingTally tally, TalliedStudy.RowFilter keep) {
        Map<List<Object>, Long> kept = new LinkedHashMap<>();
        tally.rows().forEach((row, count) -> {
            if (keep.accepts(row)) {
                kept.put(row, count);
            }
        });
        return kept;
    }

    private static List<Object[]> pairable(List<Object[]> ratings) {
        return ratings.stream().filter(unit -> Arrays.stream(unit).filter(Objects::nonNull).count() >= 2).toList();
    }

    private static CodingAnnotationStudy study(List<Object[]> units) {
        int raters = units.isEmpty() ? 2 : units.getFirst().length;
        CodingAnnotationStudy study = new CodingAnnotationStudy(Math.max(raters, 1));
        units.forEach(unit -> study.addItemAsArray(unit.clone()));
        return study;
    }

    private static Measured measured(String name, CodingAnnotationStudy study, Calculation calculation) {
        return measured(name, study, study.getItems(), calculation);
    }

    /** {@code distinct}: the study's items, or for a tally each distinct one once, to see which raters took part. */
    private static Measured measured(String name, ICodingAnnotationStudy study,
            Iterable<? extends ICodingAnnotationItem> distinct, Calculation calculation) {
        int units = study.getItemCount();
        List<Integer> raters = new ArrayList<>();
        distinct.forEach(item -> {
            for (int r = 0; r < item.getRaterCount(); r++) {
                if (item.getUnit(r).getCategory() != null && !raters.contains(r)) {
                    raters.add(r);
                }
            }
        });
        if (units == 0 || raters.size() < 2) {
            return new Measured(name, null, units, raters.size());
        }
        try {
            return Measured.of(name, calculation.value(), units, raters.size());
        } catch (InsufficientDataException oneCategory) {
            // everyone used the same single category: chance explains all agreement, the measure says nothing
            return new Measured(name, null, units, raters.size());
        }
    }

    @FunctionalInterface
    private interface Calculation {
        double value();
    }
}
