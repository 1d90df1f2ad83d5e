package org.slant.agreement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.annotation.query.AssignmentStates;
import org.slant.annotation.query.ProjectWork;
import org.slant.annotation.query.RatedWork;
import org.slant.annotation.query.RatedWork.Rater;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentGroups;
import org.slant.corpus.ProjectDetails;
import org.slant.curation.query.GoldCursor;
import org.slant.curation.query.GoldWork;
import org.slant.curation.query.ProjectGold;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.Progress;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.ProjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inter-annotator agreement of a project (docs/measures.md): which work counts, turned into the studies each measure
 * needs, a document at a time. Only managers and curators, who see everyone's work, may measure it. A report is kept
 * until the project's work changes ({@link AgreementCache}).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class AgreementService {

    /** How many of the lowest-agreement passages a report lists. */
    public static final int DISAGREEMENTS_LISTED = 1000;

    private final ProjectAccess access;
    private final CorpusService corpus;
    private final SchemaService schema;
    private final RatedWork work;
    private final PassageData passages;
    private final Clock clock;
    private final AgreementCache cache;
    private final ProjectWork annotations;
    private final AssignmentStates assignments;
    private final DocumentGroups groups;
    private final GoldWork gold;
    private final ProjectGold goldChanges;

    AgreementService(ProjectAccess access, CorpusService corpus, SchemaService schema, RatedWork work,
            PassageData passages, Clock clock, AgreementCache cache, ProjectWork annotations,
            AssignmentStates assignments, DocumentGroups groups, GoldWork gold, ProjectGold goldChanges) {
        this.access = access;
        this.corpus = corpus;
        this.schema = schema;
        this.work = work;
        this.passages = passages;
        this.clock = clock;
        this.cache = cache;
        this.annotations = annotations;
        this.assignments = assignments;
        this.groups = groups;
        this.gold = gold;
        this.goldChanges = goldChanges;
    }

    public AgreementReport report(UUID projectId, AgreementOptions options) {
        return report(projectId, options, Progress.NONE);
    }

    /**
     * The report, kept from an earlier request while the project's work is unchanged; otherwise computed, telling
     * {@code progress} how many of the documents compared have been read.
     */
    public AgreementReport report(UUID projectId, AgreementOptions options, Progress progress) {
        ProjectDetails project = open(projectId);
        List<LayerSchema> all = schema.layers(projectId);
        List<LayerSchema> layers = chosenLayers(all, options.layers());
        // read in this transaction's snapshot, the one a report computed here reads too
        WorkFingerprint fingerprint = new WorkFingerprint(annotations.changes(projectId),
                assignments.of(projectId), groups.of(projectId), all,
                options.gold() == AgreementOptions.Gold.NONE ? null : goldChanges.changes(projectId));
        return cache.report(projectId, options, fingerprint, () -> measure(project, layers, options, progress));
    }

    private AgreementReport measure(ProjectDetails project, List<LayerSchema> layers, AgreementOptions options,
            Progress progress) {
        UUID projectId = project.id();
        Map<UUID, List<Rater>> workers = countedWork(projectId, options);
        Annotators annotators = new Annotators(workers.values().stream().flatMap(List::stream)
                .map(Rater::username).collect(Collectors.toCollection(TreeSet::new)).stream()
                .toList());
        int usualRaters = usualRaters(workers);
        Disagreements disagreements = new Disagreements(DISAGREEMENTS_LISTED);
        List<SpanLayerAgreement> spanLayers = new ArrayList<>();
        List<AnswerLayerAgreement> answerLayers = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).kind() == LayerKind.SPAN) {
                spanLayers.add(new SpanLayerAgreement(layers.get(i), i, annotators, usualRaters, disagreements));
            } else {
                answerLayers.add(new AnswerLayerAgreement(layers.get(i), i, annotators, usualRaters, disagreements));
            }
        }
        RatedDocuments rated = new RatedDocuments(layers, annotators, workers,
                answerLayers.isEmpty() ? Map.of() : work.answers(projectId));
        long total = workers.size();
        long[] read = {0};
        progress.advanced(0, total);
        try (MeasuringThread<Tokenized> measuring = new MeasuringThread<>(next -> {
                    spanLayers.forEach(layer -> layer.add(next.document(), next.tokens()));
                    answerLayers.forEach(layer -> layer.add(next.document()));
                });
                // gold is read beside the documents, both in corpus order
                GoldCursor goldOf = options.gold() == AgreementOptions.Gold.NONE ? GoldCursor.none()
                        : gold.documents(projectId, rated.labelIds(), GoldRater.statuses(options.gold()),
                                workers.keySet())) {
            work.documents(workers.keySet(), rated.annotatorIds(), rated.labelIds(), stored -> {
                RatedDocument document = rated.of(stored, goldOf.at(stored.id(), stored.position()));
                int[] tokens = spanLayers.isEmpty() ? new int[0] : Tokens.of(document.text());
                measuring.measure(new Tokenized(document, tokens));
                progress.advanced(++read[0], total);
            });
            measuring.finish();
        }
        List<Figure> figures = new ArrayList<>();
        Map<String, List<Figure>> byLayer = new LinkedHashMap<>();
        spanLayers.forEach(layer -> layer.figures().forEach(figure -> collect(byLayer, figure)));
        answerLayers.forEach(layer -> layer.figures().forEach(figure -> collect(byLayer, figure)));
        layers.forEach(layer -> figures.addAll(byLayer.getOrDefault(layer.name(), List.of())));
        return new AgreementReport(projectId, project.name(), clock.instant(), options, workers.size(),
                annotators.usernames(), figures, disagreements.lowestFirst(), disagreements.count());
    }

    /** A passage of one document, once for each annotator whose work counts under {@code options}. */
    public Passage passage(UUID projectId, UUID documentId, String layerName, int start, int end,
            AgreementOptions options) {
        open(projectId);
        LayerSchema layer = chosenLayers(schema.layers(projectId), Set.of(layerName)).getFirst();
        List<Rater> workers = countedWork(projectId, options).getOrDefault(documentId, List.of());
        return passages.passage(projectId, documentId, layer, start, end, workers, options.gold());
    }

    private record Tokenized(RatedDocument document, int[] tokens) {
    }

    private ProjectDetails open(UUID projectId) {
        corpus.project(projectId);
        access.requireEveryonesWork(projectId);
        return corpus.projectDetails(projectId);
    }

    private static List<LayerSchema> chosenLayers(List<LayerSchema> all, Set<String> names) {
        Set<String> known = all.stream().map(LayerSchema::name).collect(Collectors.toSet());
        List<InvalidInputException.Problem> unknown = names.stream().filter(name -> !known.contains(name)).sorted()
                .map(name -> InvalidInputException.Problem.of("layer",
                        Message.of("agreement.refusal.no-layer", name)))
                .toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.listing(Message.of("agreement.refusal.unknown-layer"), unknown);
        }
        return all.stream().filter(layer -> names.isEmpty() || names.contains(layer.name())).toList();
    }

    /**
     * The documents whose work by at least two of the chosen raters counts, with those raters: the chosen annotators,
     * and gold where it is a rater and the document has gold.
     */
    private Map<UUID, List<Rater>> countedWork(UUID projectId, AgreementOptions options) {
        Set<UUID> withGold = options.gold() == AgreementOptions.Gold.NONE ? Set.of()
                : new HashSet<>(gold.documentIds(projectId, GoldRater.statuses(options.gold())));
        Map<UUID, List<Rater>> counted = new LinkedHashMap<>();
        work.raters(projectId, options.documents() == AgreementOptions.Work.DONE).forEach((document, workers) -> {
            List<Rater> chosen = new ArrayList<>(workers.stream()
                    .filter(worker -> options.annotators().isEmpty() || options.annotators().contains(worker.id()))
                    .toList());
            if (withGold.contains(document)) {
                chosen.stream().filter(worker -> worker.username().equals(GoldRater.NAME)).findFirst()
                        .ifPresent(namesake -> {
                            throw InvalidInputException.of("includeGold",
                                    Message.of("agreement.refusal.gold-namesake", GoldRater.NAME));
                        });
                chosen.add(GoldRater.RATER);
                // a document's raters in the report's order of names
                chosen.sort(Comparator.comparing(Rater::username));
            }
            if (chosen.size() >= 2) {
                counted.put(document, chosen);
            }
        });
        return counted;
    }

    /** The most common number of annotators per document (the larger one on a tie). */
    private static int usualRaters(Map<UUID, List<Rater>> workers) {
        Map<Integer, Integer> documents = new HashMap<>();
        workers.values().forEach(list -> documents.merge(list.size(), 1, Integer::sum));
        return documents.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(2);
    }

    private static void collect(Map<String, List<Figure>> byLayer, Figure figure) {
        byLayer.computeIfAbsent(figure.layer(), layer -> new ArrayList<>()).add(figure);
    }
}
