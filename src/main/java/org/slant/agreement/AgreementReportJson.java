package org.slant.agreement;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An agreement report as JSON readers get it, from the REST API and as a downloaded file alike: the report's own
 * fields, and {@code measures}, the title, unit and definition of each measure its figures use, so that a figure can
 * be read without the documentation at hand. An undefined figure's {@code value} is null.
 *
 * @param measures keyed by {@link Measure} name (as in each figure's {@code measure}), in the order of the enum
 */
public record AgreementReportJson(UUID projectId, String projectName, Instant generatedAt, AgreementOptions options,
        int documents, List<String> annotators, List<Figure> figures, List<Disagreement> disagreements,
        long disagreementCount, Map<String, MeasureDescription> measures) {

    public AgreementReportJson {
        annotators = List.copyOf(annotators);
        figures = List.copyOf(figures);
        disagreements = List.copyOf(disagreements);
        // an unmodifiable copy that keeps the order (Map.copyOf would not)
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    public static AgreementReportJson of(AgreementReport report) {
        Set<Measure> used = EnumSet.noneOf(Measure.class);
        report.figures().forEach(figure -> used.add(figure.measure()));
        Map<String, MeasureDescription> measures = new LinkedHashMap<>();
        used.forEach(measure -> measures.put(measure.name(), MeasureDescription.of(measure)));
        return new AgreementReportJson(report.projectId(), report.projectName(), report.generatedAt(),
                report.options(), report.documents(), report.annotators(), report.figures(), report.disagreements(),
                report.disagreementCount(), measures);
    }

    /**
     * What a measure is.
     *
     * @param unit what one of a figure's {@code units} is: spans, tokens or documents
     */
    public record MeasureDescription(String title, String unit, String definition) {

        static MeasureDescription of(Measure measure) {
            return new MeasureDescription(measure.title(), measure.unit(), measure.definition());
        }
    }
}
