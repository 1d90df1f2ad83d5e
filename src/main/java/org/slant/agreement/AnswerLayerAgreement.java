package org.slant.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slant.schema.LayerSchema;

/**
 * Every figure of one document layer (an article-level question): each article is a unit, each annotator's answer
 * its value. An annotator who gave several answers to one question has the set of them as the value.
 */
final class AnswerLayerAgreement {

    private final LayerSchema layer;
    private final int layerIndex;
    private final Annotators annotators;
    private final int usualRaters;
    private final Disagreements disagreements;
    private final Map<String, Integer> ranks = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    AnswerLayerAgreement(LayerSchema layer, int layerIndex, Annotators annotators, int usualRaters,
            Disagreements disagreements) {
        this.layer = layer;
        this.layerIndex = layerIndex;
        this.annotators = annotators;
        this.usualRaters = usualRaters;
        this.disagreements = disagreements;
        for (int i = 0; i < layer.labels().size(); i++) {
            ranks.put(layer.labels().get(i).name(), i + 1);
        }
    }

    /** One article: each annotator's answer by annotator index, null where they gave none or did not rate it. */
    private record Row(RatedDocument document, String[] answers, List<String>[] labels) {
    }

    @SuppressWarnings("unchecked")
    void add(RatedDocument document) {
        String[] answers = new String[annotators.count()];
        List<String>[] labels = new List[annotators.count()];
        for (int rater = 0; rater < document.raterCount(); rater++) {
            List<String> given = document.answers().get(rater).get(layerIndex);
            int annotator = document.raters()[rater];
            labels[annotator] = given;
            answers[annotator] = given.isEmpty() ? null : given.stream().sorted().collect(Collectors.joining("+"));
        }
        rows.add(new Row(document, answers, labels));
        findDisagreement(document, answers);
    }

    private void findDisagreement(RatedDocument document, String[] answers) {
        Map<String, Long> counts = Arrays.stream(answers).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(answer -> answer, Collectors.counting()));
        long answered = counts.values().stream().mapToLong(Long::longValue).sum();
        if (counts.size() < 2) {
            return;
        }
        double agreement = counts.values().stream().mapToLong(Long::longValue).max().orElse(0) / (double) answered;
        if (!disagreements.wouldKeep(agreement)) {
            disagreements.countOnly();
            return;
        }
        List<String> names = Arrays.stream(document.raters()).mapToObj(annotators::name).toList();
        String excerpt = Arrays.stream(document.raters()).filter(annotator -> answers[annotator] != null)
                .mapToObj(annotator -> annotators.name(annotator) + ": " + answers[annotator])
                .collect(Collectors.joining(" · "));
        disagreements.add(new Disagreement(document.id(), document.title(), document.outlet(), layer.name(), 0, 0,
                agreement, excerpt, names));
    }

    List<Figure> figures() {
        FigureList figures = new FigureList(layer.name());
        Measured nominal = CodingMeasures.alphaNominal(nominal(rows));
        figures.project(Measure.ALPHA_NOMINAL, null, nominal, nominal.units(), nominal.raters(), nominal.units());
        if (layer.ordered()) {
            Measured ordinal = CodingMeasures.alphaOrdinal(ordinal(rows));
            figures.project(Measure.ALPHA_ORDINAL, null, ordinal, ordinal.units(), ordinal.raters(),
                    ordinal.units());
        }
        Measured fleiss = CodingMeasures.fleissKappa(slots(rows));
        figures.project(Measure.FLEISS_KAPPA, null, fleiss, fleiss.units(), raters(rows, this::complete),
                fleiss.units());
        for (LayerSchema.LabelSchema label : layer.labels()) {
            Measured chosen = CodingMeasures.alphaNominal(chosen(rows, label.name()));
            figures.project(Measure.ALPHA_NOMINAL, label.name(), chosen, chosen.units(), chosen.raters(),
                    chosen.units());
        }
        groupFigures(figures, Scope.OUTLET, row -> row.document().outletId(), row -> row.document().outlet());
        groupFigures(figures, Scope.STORY, row -> row.document().storyId(), row -> row.document().story());
        pairFigures(figures);
        return figures.figures();
    }

    private void groupFigures(FigureList figures, Scope scope, java.util.function.Function<Row, UUID> id,
            java.util.function.Function<Row, String> name) {
        Map<UUID, List<Row>> groups = new LinkedHashMap<>();
        rows.stream().filter(row -> id.apply(row) != null)
                .forEach(row -> groups.computeIfAbsent(id.apply(row), key -> new ArrayList<>()).add(row));
        groups.forEach((groupId, groupRows) -> {
            String groupName = name.apply(groupRows.getFirst());
            Measured nominal = CodingMeasures.alphaNominal(nominal(groupRows));
            figures.group(scope, groupId, groupName, Measure.ALPHA_NOMINAL, nominal, nominal.units(),
                    nominal.raters(), nominal.units());
            if (layer.ordered()) {
                Measured ordinal = CodingMeasures.alphaOrdinal(ordinal(groupRows));
                figures.group(scope, groupId, groupName, Measure.ALPHA_ORDINAL, ordinal, ordinal.units(),
                        ordinal.raters(), ordinal.units());
            }
        });
    }

    private void pairFigures(FigureList figures) {
        for (int first = 0; first < annotators.count(); first++) {
            for (int second = first + 1; second < annotators.count(); second++) {
                List<Object[]> both = new ArrayList<>();
                int rated = 0;
                for (Row row : rows) {
                    if (row.labels()[first] != null && row.labels()[second] != null) {
                        rated++;
                        both.add(new Object[] {row.answers()[first], row.answers()[second]});
                    }
                }
                if (rated == 0) {
                    continue;
                }
                Measured kappa = CodingMeasures.cohenKappa(both);
                figures.pair(annotators, annotators.pair(first, second), Measure.COHEN_KAPPA, null, kappa.value(),
                        kappa.units(), rated);
            }
        }
    }

    private static List<Object[]> nominal(List<Row> rows) {
        return rows.stream().map(row -> (Object[]) row.answers().clone()).toList();
    }

    /** Ranks on the layer's scale; an answer of several labels has no rank and counts as missing. */
    private List<Object[]> ordinal(List<Row> rows) {
        return rows.stream().map(row -> {
            Object[] values = new Object[row.answers().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.answers()[i] == null ? null : ranks.get(row.answers()[i]);
            }
            return values;
        }).toList();
    }

    /** Whether an article was answered by the usual number of annotators, all of them: Fleiss' κ needs that. */
    private boolean complete(Row row) {
        return row.document().raterCount() == usualRaters
                && Arrays.stream(row.document().raters()).allMatch(annotator -> row.answers()[annotator] != null);
    }

    /** Fleiss' κ treats raters as interchangeable: each article's answers, sorted, in as many columns as raters. */
    private List<Object[]> slots(List<Row> rows) {
        return rows.stream().filter(this::complete).map(row -> (Object[]) Arrays.stream(row.document().raters())
                .mapToObj(annotator -> row.answers()[annotator]).sorted().toArray(String[]::new)).toList();
    }

    /** Whether each annotator chose this label, where they answered the question at all. */
    private static List<Object[]> chosen(List<Row> rows, String label) {
        return rows.stream().map(row -> {
            Object[] values = new Object[row.labels().length];
            for (int i = 0; i < values.length; i++) {
                List<String> given = row.labels()[i];
                values[i] = given == null || given.isEmpty() ? null : given.contains(label);
            }
            return values;
        }).toList();
    }

    private int raters(List<Row> rows, Predicate<Row> counted) {
        return (int) rows.stream().filter(counted).flatMapToInt(row -> Arrays.stream(row.document().raters()))
                .distinct().count();
    }
}
