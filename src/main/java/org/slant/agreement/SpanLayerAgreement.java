package org.slant.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.schema.LayerSchema;

/** Every figure of one span layer, gathered a document at a time (docs/measures.md). */
final class SpanLayerAgreement {

    private static final int EXCERPT = 160;

    private final LayerSchema layer;
    private final int layerIndex;
    private final Annotators annotators;
    private final int usualRaters;
    private final Disagreements disagreements;
    private final List<String> labels;
    private final Map<String, Integer> labelBits = new HashMap<>();
    private final FigureList figures;
    private final PooledSpans project;
    private final Map<UUID, PooledSpans> outlets = new LinkedHashMap<>();
    private final Map<UUID, PooledSpans> stories = new LinkedHashMap<>();
    private final Map<Integer, PairWork> pairs = new HashMap<>();
    private final MatchCounts[] exactByLabel;
    private final MatchCounts[] overlapByLabel;
    private MatchCounts exact = MatchCounts.NONE;
    private final TokenTally.TokenCategories categories = new TokenTally.TokenCategories();

    SpanLayerAgreement(LayerSchema layer, int layerIndex, Annotators annotators, int usualRaters,
            Disagreements disagreements) {
        this.layer = layer;
        this.layerIndex = layerIndex;
        this.annotators = annotators;
        this.usualRaters = usualRaters;
        this.disagreements = disagreements;
        this.labels = layer.labels().stream().map(LayerSchema.LabelSchema::name).toList();
        for (int i = 0; i < labels.size(); i++) {
            labelBits.put(labels.get(i), i);
        }
        this.figures = new FigureList(layer.name());
        this.project = new PooledSpans(null, null, usualRaters, categories);
        this.exactByLabel = new MatchCounts[labels.size()];
        this.overlapByLabel = new MatchCounts[labels.size()];
        Arrays.fill(exactByLabel, MatchCounts.NONE);
        Arrays.fill(overlapByLabel, MatchCounts.NONE);
    }

    /** One pair's counts over the documents both rated. */
    private static final class PairWork {
        MatchCounts exact = MatchCounts.NONE;
        MatchCounts overlap = MatchCounts.NONE;
        final MatchCounts[] overlapByLabel;
        final TokenTally tokens;
        long noneByBoth;
        long tokenCount;
        int documents;

        PairWork(int labels, TokenTally.TokenCategories categories) {
            tokens = new TokenTally(2, categories);
            overlapByLabel = new MatchCounts[labels];
            Arrays.fill(overlapByLabel, MatchCounts.NONE);
        }
    }

    /** @param tokens the document's word tokens ({@link Tokens#of}) */
    void add(RatedDocument document, int[] tokens) {
        List<List<SpanRef>> byRater = new ArrayList<>(document.raterCount());
        for (int rater = 0; rater < document.raterCount(); rater++) {
            byRater.add(document.spans().get(rater).get(layerIndex));
        }
        MatchCounts documentOverlap = comparePairs(document, byRater);
        Continuum own = new Continuum(document.length(), document.raterCount(), segments(byRater));
        figures.add(Measure.ALPHA_U, null, Scope.DOCUMENT, document.id(), document.title(), List.of(),
                own.alphaU().value(), own.segmentCount(), document.raterCount(), 1);
        figures.add(Measure.F1_OVERLAP, null, Scope.DOCUMENT, document.id(), document.title(), List.of(),
                documentOverlap.f1(), documentOverlap.spansOfA() + documentOverlap.spansOfB(),
                document.raterCount(), 1);
        List<PooledSpans> groups = groups(document);
        for (PooledSpans group : groups) {
            group.add(document, byRater, documentOverlap);
        }
        compareTokens(document, byRater, tokens, groups);
        findDisagreements(document, byRater);
    }

    private List<PooledSpans> groups(RatedDocument document) {
        List<PooledSpans> groups = new ArrayList<>(3);
        groups.add(project);
        if (document.outletId() != null) {
            groups.add(outlets.computeIfAbsent(document.outletId(),
                    id -> new PooledSpans(id, document.outlet(), usualRaters, categories)));
        }
        if (document.storyId() != null) {
            groups.add(stories.computeIfAbsent(document.storyId(),
                    id -> new PooledSpans(id, document.story(), usualRaters, categories)));
        }
        return groups;
    }

    private MatchCounts comparePairs(RatedDocument document, List<List<SpanRef>> byRater) {
        MatchCounts documentOverlap = MatchCounts.NONE;
        int[] raters = document.raters();
        for (int a = 0; a < raters.length; a++) {
            for (int b = a + 1; b < raters.length; b++) {
                PairWork pair = pair(raters[a], raters[b]);
                Map<String, MatchCounts> exactMatches = SpanF1.exactByLabel(byRater.get(a), byRater.get(b));
                Map<String, MatchCounts> overlapMatches = SpanF1.overlapByLabel(byRater.get(a), byRater.get(b));
                pair.documents++;
                for (int label = 0; label < labels.size(); label++) {
                    MatchCounts labelExact = exactMatches.getOrDefault(labels.get(label), MatchCounts.NONE);
                    MatchCounts labelOverlap = overlapMatches.getOrDefault(labels.get(label), MatchCounts.NONE);
                    pair.exact = pair.exact.plus(labelExact);
                    pair.overlap = pair.overlap.plus(labelOverlap);
                    pair.overlapByLabel[label] = pair.overlapByLabel[label].plus(labelOverlap);
                    exact = exact.plus(labelExact);
                    documentOverlap = documentOverlap.plus(labelOverlap);
                    overlapByLabel[label] = overlapByLabel[label].plus(labelOverlap);
                    exactByLabel[label] = exactByLabel[label].plus(labelExact);
                }
            }
        }
        return documentOverlap;
    }

    private PairWork pair(int first, int second) {
        return pairs.computeIfAbsent(annotators.pair(first, second), key -> new PairWork(labels.size(), categories));
    }

    private void compareTokens(RatedDocument document, List<List<SpanRef>> byRater, int[] tokens,
            List<PooledSpans> groups) {
        int count = tokens.length / 2;
        int[][] categoryIds = new int[byRater.size()][count];
        for (int rater = 0; rater < byRater.size(); rater++) {
            String[] named = TokenLabels.categories(tokens, byRater.get(rater));
            for (int token = 0; token < count; token++) {
                categoryIds[rater][token] = categories.id(named[token]);
            }
        }
        int[] raters = document.raters();
        int[] pairRow = new int[2];
        for (int a = 0; a < raters.length; a++) {
            for (int b = a + 1; b < raters.length; b++) {
                PairWork pair = pair(raters[a], raters[b]);
                pair.tokenCount += count;
                for (int token = 0; token < count; token++) {
                    pairRow[0] = categoryIds[a][token];
                    pairRow[1] = categoryIds[b][token];
                    if ((pairRow[0] | pairRow[1]) == 0) {
                        pair.noneByBoth++;
                    } else {
                        pair.tokens.add(pairRow);
                    }
                }
            }
        }
        if (raters.length != usualRaters) {
            return;
        }
        long none = 0;
        int[] row = new int[raters.length];
        for (int token = 0; token < count; token++) {
            boolean labelled = false;
            for (int rater = 0; rater < raters.length; rater++) {
                row[rater] = categoryIds[rater][token];
                labelled |= row[rater] != 0;
            }
            if (!labelled) {
                none++;
                continue;
            }
            Arrays.sort(row);
            for (PooledSpans group : groups) {
                group.token(row);
            }
        }
        for (PooledSpans group : groups) {
            group.tokensWithoutLabels(none);
        }
    }

    private void findDisagreements(RatedDocument document, List<List<SpanRef>> byRater) {
        List<String> names = Arrays.stream(document.raters()).mapToObj(annotators::name).toList();
        for (Passages.Found passage : Passages.disagreeing(byRater, labelBits)) {
            if (!disagreements.wouldKeep(passage.agreement())) {
                disagreements.countOnly();
                continue;
            }
            disagreements.add(new Disagreement(document.id(), document.title(), document.outlet(), layer.name(),
                    passage.start(), passage.end(), passage.agreement(),
                    excerpt(document.text(), passage.start(), passage.end()), names));
        }
    }

    private static String excerpt(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        String passage = text.substring(from, text.offsetByCodePoints(from, Math.min(end, start + EXCERPT) - start));
        return end - start > EXCERPT ? passage + "…" : passage;
    }

    private static List<Segment> segments(List<List<SpanRef>> byRater) {
        List<Segment> segments = new ArrayList<>();
        for (int rater = 0; rater < byRater.size(); rater++) {
            for (SpanRef span : byRater.get(rater)) {
                segments.add(new Segment(rater, span.label(), span.start(), span.end()));
            }
        }
        return segments;
    }

    /** The layer's figures, once every document has been added. */
    List<Figure> figures() {
        projectFigures();
        groupFigures(Scope.OUTLET, outlets);
        groupFigures(Scope.STORY, stories);
        pairFigures();
        return figures.figures();
    }

    private void projectFigures() {
        Continuum pooled = project.continuum(false);
        int documents = project.pooledDocuments();
        int people = project.pooledAnnotators();
        figures.project(Measure.ALPHA_U, null, pooled.alphaU(), pooled.segmentCount(), people, documents);
        for (String label : labels) {
            Measured labelAlpha = pooled.alphaU(label);
            figures.project(Measure.ALPHA_U, label, labelAlpha, labelAlpha.units(), people, documents);
        }
        Continuum boundaries = project.continuum(true);
        figures.project(Measure.ALPHA_U_BOUNDARIES, null, boundaries.alphaU(), boundaries.segmentCount(), people,
                documents);
        figures.project(Measure.F1_EXACT, null, f1(exact), exact.spansOfA() + exact.spansOfB(),
                project.annotators(), project.documents());
        figures.project(Measure.F1_OVERLAP, null, f1(project.overlap()),
                project.overlap().spansOfA() + project.overlap().spansOfB(), project.annotators(),
                project.documents());
        for (int label = 0; label < labels.size(); label++) {
            figures.project(Measure.F1_EXACT, labels.get(label), f1(exactByLabel[label]),
                    exactByLabel[label].spansOfA() + exactByLabel[label].spansOfB(), project.annotators(),
                    project.documents());
            figures.project(Measure.F1_OVERLAP, labels.get(label), f1(overlapByLabel[label]),
                    overlapByLabel[label].spansOfA() + overlapByLabel[label].spansOfB(), project.annotators(),
                    project.documents());
        }
        figures.project(Measure.TOKEN_FLEISS_KAPPA, null, project.tokenKappa(), project.tokenCount(), people,
                documents);
    }

    private void groupFigures(Scope scope, Map<UUID, PooledSpans> groups) {
        for (PooledSpans group : groups.values()) {
            Continuum pooled = group.continuum(false);
            figures.group(scope, group.id(), group.name(), Measure.ALPHA_U, pooled.alphaU(), pooled.segmentCount(),
                    group.pooledAnnotators(), group.pooledDocuments());
            MatchCounts overlap = group.overlap();
            figures.group(scope, group.id(), group.name(), Measure.F1_OVERLAP, f1(overlap),
                    overlap.spansOfA() + overlap.spansOfB(), group.annotators(), group.documents());
            figures.group(scope, group.id(), group.name(), Measure.TOKEN_FLEISS_KAPPA, group.tokenKappa(),
                    group.tokenCount(), group.pooledAnnotators(), group.pooledDocuments());
        }
    }

    private void pairFigures() {
        pairs.keySet().stream().sorted().forEach(key -> {
            PairWork pair = pairs.get(key);
            figures.pair(annotators, key, Measure.F1_EXACT, null, pair.exact.f1(),
                    pair.exact.spansOfA() + pair.exact.spansOfB(), pair.documents);
            figures.pair(annotators, key, Measure.F1_OVERLAP, null, pair.overlap.f1(),
                    pair.overlap.spansOfA() + pair.overlap.spansOfB(), pair.documents);
            for (int label = 0; label < labels.size(); label++) {
                MatchCounts overlap = pair.overlapByLabel[label];
                figures.pair(annotators, key, Measure.F1_OVERLAP, labels.get(label), overlap.f1(),
                        overlap.spansOfA() + overlap.spansOfB(), pair.documents);
            }
            if (pair.noneByBoth > 0) {
                pair.tokens.add(pair.noneByBoth, new int[2]);
            }
            figures.pair(annotators, key, Measure.TOKEN_COHEN_KAPPA, null,
                    CodingMeasures.cohenKappa(pair.tokens.tally()).value(), pair.tokenCount, pair.documents);
        });
    }

    private static Measured f1(MatchCounts counts) {
        return new Measured("F1", counts.f1(), (int) Math.min(Integer.MAX_VALUE,
                counts.spansOfA() + counts.spansOfB()), 2);
    }
}
