package org.slant.curation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.AnnotationChecks;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.schema.LayerSchema;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One merge under way: its rule, its layers, what it has done so far, and how it reads attribute values. */
record MergeRun(MergeRule rule, MergeLayers layers, MergeTally tally, JsonMapper json) {

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };
    private static final String EMPTY = "{}";

    /** Attribute values stored as JSON, by attribute id. */
    Map<String, Object> values(String stored) {
        return stored == null || stored.equals(EMPTY) ? Map.of() : json.readValue(stored, VALUES);
    }

    /**
     * The values without those the schema refuses for this label as it is now (the annotators' values were checked
     * when they saved them, but the schema may have changed since); each refused one is put in {@code refused} with
     * the problem (its reason, by key where the check has one).
     */
    Map<String, Object> checked(LayerSchema layer, UUID label, Map<String, Object> values,
            Map<String, Problem> refused) {
        Map<String, Object> remaining = new LinkedHashMap<>(values);
        // a value dropped may take another's condition with it: check again until nothing more is refused
        for (int round = 0; round <= layer.attributes().size(); round++) {
            AnnotationChecks checks = new AnnotationChecks();
            checks.attributes(layer, label, remaining);
            try {
                checks.throwIfAny("Merged attribute values");
                return remaining;
            } catch (InvalidInputException problems) {
                for (Problem problem : problems.problems()) {
                    String key = problem.where().substring(problem.where().indexOf('.') + 1);
                    refused.put(key, problem);
                    remaining.remove(key);
                }
            }
        }
        return remaining;
    }
}
