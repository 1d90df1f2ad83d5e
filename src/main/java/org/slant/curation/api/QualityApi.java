package org.slant.curation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.curation.AnnotatorQuality;
import org.slant.curation.LabelConfusion;
import org.slant.curation.QualityFigure;
import org.slant.curation.QualityMeasure;
import org.slant.curation.QualityReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each annotator against gold (docs/measures.md, "Annotators against gold"). Who sees whom is the service's rule:
 * managers, curators and admins everyone; an annotator only themselves.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Gold")
class QualityApi {

    private final AnnotatorQuality quality;

    QualityApi(AnnotatorQuality quality) {
        this.quality = quality;
    }

    /**
     * The report as JSON, with each measure's title and definition so that a figure can be read without the
     * documentation at hand.
     */
    record QualityJson(UUID projectId, int documentsWithGold, int documents, List<String> annotators,
            List<QualityFigure> figures, List<LabelConfusion> confusion, Map<String, MeasureText> measures) {

        static QualityJson of(QualityReport report) {
            Map<String, MeasureText> measures = new LinkedHashMap<>();
            Arrays.stream(QualityMeasure.values()).forEach(measure -> measures.put(measure.name(),
                    new MeasureText(measure.title(), measure.definition())));
            return new QualityJson(report.projectId(), report.documentsWithGold(), report.documents(),
                    report.annotators(), report.figures(), report.confusion(), measures);
        }
    }

    record MeasureText(String title, String definition) {
    }

    @GetMapping("/projects/{projectId}/curation/quality")
    @Operation(summary = "Each annotator against gold: precision, recall and F1, exact and overlap, per layer and "
            + "label, with the counts they rest on, and a label confusion table per annotator and span layer "
            + "(managers, curators and admins see everyone; an annotator only themselves)",
            description = "Pooled over the documents whose curation has begun (in progress or curated, even with "
                    + "empty gold) and that the annotator marked done. A figure's precision, recall or value is "
                    + "null when undefined. An unknown layer or annotator answers 400 naming the parameter; an "
                    + "annotator asking for someone else 403.")
    QualityJson quality(@PathVariable UUID projectId,
            @Parameter(description = "Layer names, repeated or comma-separated; all layers when left out")
            @RequestParam(name = "layer", required = false) List<String> layers,
            @Parameter(description = "One annotator's username; everyone the caller may see when left out")
            @RequestParam(required = false) String annotator) {
        // Spring has split a comma-separated value already
        Set<String> names = layers == null ? Set.of() : layers.stream().map(String::strip)
                .filter(name -> !name.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return QualityJson.of(quality.report(projectId, names, annotator));
    }
}
