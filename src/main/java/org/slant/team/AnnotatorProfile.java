package org.slant.team;

import java.util.List;

/**
 * What an annotator chose to say about themselves, for perspectivist exports only; every field may stay empty.
 *
 * @param politicalPlacement self-placement from 0 (left) to 10 (right)
 * @param newsDiet the outlets or kinds of news they follow
 */
public record AnnotatorProfile(String ageBand, String gender, String education, Integer politicalPlacement,
        List<String> newsDiet) {

    public static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    public static final List<String> EDUCATION = List.of("secondary", "vocational", "bachelor", "master",
            "doctorate", "other");

    static final AnnotatorProfile EMPTY = new AnnotatorProfile(null, null, null, null, List.of());
}
