package org.slant.curation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slant.curation.GoldMerge;
import org.slant.curation.MergeOptions;
import org.slant.curation.MergeReport;
import org.slant.curation.MergeStrategy;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Progress;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The automatic pre-merge of a project's done work into gold, for its curators and managers. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Gold")
class MergeApi {

    private final GoldMerge merge;

    MergeApi(GoldMerge merge) {
        this.merge = merge;
    }

    /**
     * @param strategy UNANIMOUS, MAJORITY or AT_LEAST (any case)
     * @param minAnnotators AT_LEAST's threshold, default 2
     * @param layers layer ids or names; all when left out
     * @param documents document ids; all of the project's when left out
     */
    record MergeBody(String strategy, Integer minAnnotators, List<String> layers, List<UUID> documents) {
    }

    @PostMapping("/projects/{projectId}/curation/merge")
    @Operation(summary = "Merge the annotators' done work into gold by a rule (UNANIMOUS, MAJORITY, AT_LEAST); "
            + "answers what was merged and what was left for the curator")
    MergeReport merge(@PathVariable UUID projectId, @RequestBody MergeBody body) {
        return merge.merge(projectId, new MergeOptions(strategy(body.strategy()), body.minAnnotators(),
                body.layers(), body.documents()), Progress.NONE);
    }

    private static MergeStrategy strategy(String given) {
        String allowed = String.join(", ", Arrays.stream(MergeStrategy.values()).map(Enum::name).toList());
        if (given == null || given.isBlank()) {
            throw InvalidInputException.of("strategy", "required: one of " + allowed);
        }
        return Arrays.stream(MergeStrategy.values())
                .filter(strategy -> strategy.name().equals(given.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> InvalidInputException.of("strategy", "unknown strategy '" + given + "'; one of "
                        + allowed));
    }
}
