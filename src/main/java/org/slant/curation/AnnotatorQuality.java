package org.slant.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slant.annotation.query.RatedWork;
import org.slant.annotation.query.RatedWork.Rater;
import org.slant.annotation.query.RatedWork.SpannedDocument;
import org.slant.corpus.CorpusService;
import org.slant.curation.GoldMatching.Unit;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.Progress;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.CurrentUser;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.slant.team.ProjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each annotator's work against gold (docs/measures.md, "Annotators against gold"): precision, recall and F1, exact
 * and overlap, per layer and label, and a label confusion table, pooled over the documents whose curation has begun
 * and that the annotator marked done. Managers, curators and admins see everyone, by username even in a blind project
 * (as in the agreement report: they give the feedback); an annotator sees only their own figures.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class AnnotatorQuality {

    private static final Comparator<String> BY_USERNAME = String.CASE_INSENSITIVE_ORDER
            .thenComparing(Comparator.naturalOrder());

    private final CorpusService corpus;
    private final SchemaService schema;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Memberships memberships;
    private final RatedWork work;
    private final GoldToCompare gold;

    AnnotatorQuality(CorpusService corpus, SchemaService schema, ProjectAccess access, CurrentUser currentUser,
            Memberships memberships, RatedWork work, GoldToCompare gold) {
        this.corpus = corpus;
        this.schema = schema;
        this.access = access;
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.work = work;
        this.gold = gold;
    }

    public QualityReport report(UUID projectId, Set<String> layers, String annotator) {
        return report(projectId, layers, annotator, Progress.NONE);
    }

    /**
     * The report for the layers named (all when none) and the annotator named by username (everyone the caller may
     * see when null), telling {@code progress} how many of the documents compared have been read.
     */
    public QualityReport report(UUID projectId, Set<String> layers, String annotator, Progress progress) {
        corpus.project(projectId);
        Set<UUID> whose = whose(projectId, annotator);
        List<LayerSchema> chosen = chosenLayers(schema.layers(projectId), layers);
        Set<UUID> withGold = gold.documents(projectId);
        Map<UUID, List<Rater>> counted = new LinkedHashMap<>();
        work.raters(projectId, true).forEach((document, raters) -> {
            List<Rater> theirs = raters.stream().filter(rater -> whose == null || whose.contains(rater.id()))
                    .toList();
            if (withGold.contains(document) && !theirs.isEmpty()) {
                counted.put(document, theirs);
            }
        });
        Map<UUID, String> people = new HashMap<>();
        counted.values().forEach(raters -> raters.forEach(rater -> people.put(rater.id(), rater.username())));
        List<UUID> annotators = people.keySet().stream()
                .sorted(Comparator.comparing(people::get, BY_USERNAME)).toList();
        Map<UUID, Integer> index = new HashMap<>();
        annotators.forEach(id -> index.put(id, index.size()));
        QualityTally tally = new QualityTally(chosen, annotators.stream().map(people::get).toList());
        counted.values().forEach(raters -> raters.forEach(rater -> tally.counted(index.get(rater.id()))));
        progress.advanced(0, counted.size());
        if (chosen.stream().anyMatch(layer -> layer.kind() == LayerKind.DOCUMENT)) {
            compareAnswers(projectId, chosen, counted, index, tally);
        }
        if (chosen.stream().anyMatch(layer -> layer.kind() == LayerKind.SPAN) && !counted.isEmpty()) {
            compareSpans(projectId, chosen, counted, annotators, index, tally, progress);
        }
        progress.advanced(counted.size(), counted.size());
        return new QualityReport(projectId, withGold.size(), counted.size(),
                annotators.stream().map(people::get).toList(), tally.figures(), tally.confusion());
    }

    /** The annotators to report, null for everyone: an annotator may ask only for themselves. */
    private Set<UUID> whose(UUID projectId, String annotator) {
        boolean everyone = access.seesEveryonesWork(projectId);
        UUID caller = currentUser.id().orElse(null);
        if (annotator == null || annotator.isBlank()) {
            return everyone ? null : Set.of(caller);
        }
        Member named = memberships.members(projectId).stream()
                .filter(member -> member.username().equals(annotator.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("annotator", Message.of("curation.refusal.no-member",
                        annotator.strip())));
        if (!everyone && !named.userId().equals(caller)) {
            throw new ForbiddenException(Message.of("curation.refusal.own-figures-only"));
        }
        return Set.of(named.userId());
    }

    private static List<LayerSchema> chosenLayers(List<LayerSchema> all, Set<String> names) {
        Set<String> unknown = new HashSet<>(names);
        all.forEach(layer -> unknown.remove(layer.name()));
        if (!unknown.isEmpty()) {
            throw InvalidInputException.listing(Message.of("curation.refusal.unknown-layer"), unknown.stream()
                    .sorted().map(name -> InvalidInputException.Problem.of("layer",
                            Message.of("curation.refusal.no-layer-named", name))).toList());
        }
        return all.stream().filter(layer -> names.isEmpty() || names.contains(layer.name())).toList();
    }

    /** Each counted annotator's answers to each question, against gold's, document by document. */
    private void compareAnswers(UUID projectId, List<LayerSchema> layers, Map<UUID, List<Rater>> counted,
            Map<UUID, Integer> index, QualityTally tally) {
        List<UUID> labels = tally.labelIds();
        Map<UUID, Integer> labelIndex = new HashMap<>();
        labels.forEach(label -> labelIndex.put(label, labelIndex.size()));
        Map<UUID, Set<Integer>> goldAnswers = gold.answers(projectId, labels);
        Map<UUID, Map<UUID, Map<UUID, List<UUID>>>> given = work.answers(projectId);
        counted.forEach((document, raters) -> {
            Set<Integer> goldOfDocument = goldAnswers.getOrDefault(document, Set.of());
            for (Rater rater : raters) {
                Map<UUID, List<UUID>> theirs = given.getOrDefault(document, Map.of())
                        .getOrDefault(rater.id(), Map.of());
                for (int layer = 0; layer < layers.size(); layer++) {
                    if (layers.get(layer).kind() != LayerKind.DOCUMENT) {
                        continue;
                    }
                    int which = layer;
                    Set<Integer> answered = new HashSet<>();
                    theirs.getOrDefault(layers.get(layer).id(), List.of()).stream().map(labelIndex::get)
                            .filter(label -> label != null).forEach(answered::add);
                    Set<Integer> goldOfLayer = new HashSet<>();
                    goldOfDocument.stream().filter(label -> tally.layerOf(label) == which).forEach(goldOfLayer::add);
                    tally.answers(index.get(rater.id()), answered, goldOfLayer);
                }
            }
        });
    }

    /** Each counted annotator's spans against gold's, a document at a time as they are read. */
    private void compareSpans(UUID projectId, List<LayerSchema> layers, Map<UUID, List<Rater>> counted,
            List<UUID> annotators, Map<UUID, Integer> index, QualityTally tally, Progress progress) {
        List<UUID> labels = tally.labelIds();
        Map<UUID, List<Unit>> goldSpans = gold.spans(projectId, labels);
        long[] read = {0};
        work.documents(counted.keySet(), annotators, labels, document -> {
            List<List<Unit>> goldByLayer = byLayer(goldSpans.getOrDefault(document.id(), List.of()), layers.size(),
                    tally);
            Map<Integer, List<List<Unit>>> theirs = spansByAnnotator(document, layers.size(), tally);
            for (Rater rater : counted.get(document.id())) {
                int annotator = index.get(rater.id());
                List<List<Unit>> spans = theirs.getOrDefault(annotator, byLayer(List.of(), layers.size(), tally));
                for (int layer = 0; layer < layers.size(); layer++) {
                    if (layers.get(layer).kind() == LayerKind.SPAN) {
                        tally.spans(annotator, layer, spans.get(layer), goldByLayer.get(layer));
                    }
                }
            }
            progress.advanced(++read[0], counted.size());
        });
    }

    private static Map<Integer, List<List<Unit>>> spansByAnnotator(SpannedDocument document, int layers,
            QualityTally tally) {
        Map<Integer, List<Unit>> spans = new HashMap<>();
        document.spans().forEach(span -> spans.computeIfAbsent(span.annotator(), annotator -> new ArrayList<>())
                .add(new Unit(span.label(), span.start(), span.end())));
        Map<Integer, List<List<Unit>>> byAnnotator = new HashMap<>();
        spans.forEach((annotator, units) -> byAnnotator.put(annotator, byLayer(units, layers, tally)));
        return byAnnotator;
    }

    private static List<List<Unit>> byLayer(List<Unit> units, int layers, QualityTally tally) {
        List<List<Unit>> byLayer = new ArrayList<>(layers);
        for (int layer = 0; layer < layers; layer++) {
            byLayer.add(new ArrayList<>());
        }
        units.forEach(unit -> byLayer.get(tally.layerOf(unit.label())).add(unit));
        return byLayer;
    }
}
