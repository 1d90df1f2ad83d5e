package org.slant.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slant.annotation.query.DoneWork;
import org.slant.annotation.query.DoneWork.DoneDocument;
import org.slant.curation.MergeGold.Merged;
import org.slant.curation.MergeGold.Unit;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.slant.platform.Progress;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.CurrentUser;
import org.slant.team.ProjectAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The automatic pre-merge (docs/curation.md): takes into gold what the annotators who marked a document done agree
 * on, by a rule (UNANIMOUS, MAJORITY, AT_LEAST), for a project's documents or chosen ones, in chosen layers or all.
 * Gold a person made or changed is never changed; gold an earlier merge made is derived again, so that merging twice
 * changes nothing the second time. Documents are merged a batch at a time, each batch in a transaction of its own
 * under the documents' gold locks (a curator's edit in between is seen, not overwritten): a failure or a cancel
 * leaves the batches already merged merged. For curators, managers and admins.
 */
@Service
public class GoldMerge {

    /** Documents per transaction: few enough to hold their locks briefly, many enough for set-based writes. */
    static final int DOCUMENTS_PER_BATCH = 200;
    /** Batches merged at once, each on a connection of its own: as many as the cores Slant is made for. */
    private static final int WRITERS = 2;
    private static final Logger log = LoggerFactory.getLogger(GoldMerge.class);

    private final DoneWork work;
    private final GoldBatch gold;
    private final CurationStates states;
    private final SchemaService schema;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    GoldMerge(DoneWork work, GoldBatch gold, CurationStates states, SchemaService schema, ProjectAccess access,
            CurrentUser currentUser, TransactionTemplate transactions, JdbcTemplate jdbc, JsonMapper json) {
        this.work = work;
        this.gold = gold;
        this.states = states;
        this.schema = schema;
        this.access = access;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Merges and reports what was merged and what was left. {@code progress} hears of each batch of documents
     * merged (and may stop the merge there).
     */
    public MergeReport merge(UUID projectId, MergeOptions options, Progress progress) {
        access.requireEveryonesWork(projectId);
        MergeRule rule = MergeRule.of(options.strategy(), options.minAnnotators());
        MergeLayers layers = new MergeLayers(chosenLayers(projectId, options.layers()));
        List<UUID> documents = chosenDocuments(projectId, options.documents());
        UUID actor = currentUser.id().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        long started = System.nanoTime();
        List<List<UUID>> batches = new ArrayList<>();
        for (int from = 0; from < documents.size(); from += DOCUMENTS_PER_BATCH) {
            batches.add(documents.subList(from, Math.min(documents.size(), from + DOCUMENTS_PER_BATCH)));
        }
        MergeTally[] finished = new MergeTally[batches.size()];
        progress.advanced(0, documents.size());
        // batches of other documents, each in its own transaction, on two connections: while one is read or
        // computed, the other is written, and each of PostgreSQL's inserts keeps a core busy
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, Thread.ofPlatform().name("slant-merge-", 1)
                .factory());
        try {
            List<Future<?>> merging = new ArrayList<>();
            for (int batch = 0; batch < batches.size(); batch++) {
                int index = batch;
                merging.add(writers.submit(() -> {
                    MergeRun run = new MergeRun(rule, layers, new MergeTally(!listsFull(finished, index)), json);
                    mergeBatch(projectId, batches.get(index), run, actor);
                    synchronized (finished) {
                        finished[index] = run.tally();
                    }
                }));
            }
            long merged = 0;
            for (int batch = 0; batch < batches.size(); batch++) {
                finish(merging.get(batch));
                merged += batches.get(batch).size();
                progress.advanced(merged, documents.size());
            }
        } catch (RuntimeException | Error stopped) {
            // the batches already merged stay merged; those not yet begun are not begun
            writers.shutdownNow();
            throw stopped;
        } finally {
            writers.close();
        }
        MergeReport report = MergeTally.report(projectId, rule, layers.names(), List.of(finished));
        MergeReport.Counts counts = report.counts();
        log.info("Merge by {} in project {}: {} documents, {} spans and {} answers merged, {} already in gold, {} "
                + "removed, {} left, in {} ms", rule.detail(), projectId, counts.documentsConsidered(),
                counts.spansMerged(), counts.answersMerged(), counts.alreadyInGold(), counts.removed(),
                counts.left(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** Whether the batches before this one, all finished, already list all that the report will show. */
    private static boolean listsFull(MergeTally[] finished, int batch) {
        List<MergeTally> before = new ArrayList<>();
        synchronized (finished) {
            for (int earlier = 0; earlier < batch && finished[earlier] != null; earlier++) {
                before.add(finished[earlier]);
            }
        }
        return MergeTally.listsFull(before);
    }

    private static void finish(Future<?> batch) {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The merge was stopped");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("A batch of the merge failed", e.getCause());
        }
    }

    /**
     * Merges a batch of documents in one transaction: their done work read with their texts only where the report
     * may still quote them, then under their gold locks their gold as it is now (a curator's change made meanwhile is
     * read, not overwritten), what the rule gives, and the changes written.
     */
    private void mergeBatch(UUID projectId, List<UUID> documentIds, MergeRun run, UUID actor) {
        List<DoneDocument> batch = work.of(projectId, documentIds, run.layers().labelIds(), run.tally().listing());
        run.tally().considered = documentIds.size();
        transactions.executeWithoutResult(status -> {
            states.lockAll(documentIds);
            Map<UUID, CurationStatus> statuses = states.ofAll(documentIds);
            Map<UUID, List<MergeGold>> stored = gold.of(documentIds, run.layers().layerIds());
            Map<UUID, Set<Unit>> removedByPeople = gold.removedByPeople(documentIds, run.layers().layerIds());
            List<Merged> spans = new ArrayList<>();
            List<Merged> answers = new ArrayList<>();
            List<MergeGold> removed = new ArrayList<>();
            List<UUID> mergedInto = new ArrayList<>();
            for (DoneDocument document : batch) {
                if (statuses.get(document.id()) == CurationStatus.CURATED) {
                    run.tally().curated(document.id(), document.title());
                    continue;
                }
                DocumentMerge.Outcome outcome = DocumentMerge.of(run, document, stored.getOrDefault(document.id(),
                        List.of()), removedByPeople.getOrDefault(document.id(), Set.of()));
                spans.addAll(outcome.spans());
                answers.addAll(outcome.answers());
                removed.addAll(outcome.removed());
                if (outcome.merged()) {
                    mergedInto.add(document.id());
                }
            }
            // removals first: a changed answer is removed and written again, and gold has one answer per label
            gold.remove(projectId, removed, actor, "re-merged by " + run.rule().detail());
            gold.insert(projectId, spans, answers, run.rule().detail(), actor);
            states.startAll(projectId, mergedInto, actor);
            run.tally().removed += removed.size();
            run.tally().mergedInto += mergedInto.size();
        });
    }

    /** The project's layers, or those named (by id or name), in the project's order. */
    private List<LayerSchema> chosenLayers(UUID projectId, List<String> given) {
        List<LayerSchema> all = schema.layers(projectId);
        if (given == null) {
            return all;
        }
        if (given.isEmpty()) {
            throw InvalidInputException.of("layers", Message.of("curation.refusal.merge-no-layer"));
        }
        Set<UUID> chosen = new LinkedHashSet<>();
        List<Problem> unknown = new ArrayList<>();
        for (String wanted : given) {
            all.stream().filter(layer -> wanted != null && (layer.id().toString().equalsIgnoreCase(wanted.strip())
                    || layer.name().toLowerCase(Locale.ROOT).equals(wanted.strip().toLowerCase(Locale.ROOT))))
                    .findFirst().ifPresentOrElse(layer -> chosen.add(layer.id()), () -> unknown.add(Problem.of(
                            "layers", Message.of("curation.refusal.merge-unknown-layer", String.valueOf(wanted),
                                    String.join(", ", all.stream().map(LayerSchema::name).toList())))));
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.listing(Message.of("curation.refusal.unknown-layer"), unknown);
        }
        return all.stream().filter(layer -> chosen.contains(layer.id())).toList();
    }

    /** The project's documents, or those given, in corpus order; an id that is not the project's document is 404. */
    private List<UUID> chosenDocuments(UUID projectId, List<UUID> given) {
        if (given == null) {
            return jdbc.queryForList("select id from document where project_id = ? order by position", UUID.class,
                    projectId);
        }
        if (given.isEmpty() || given.stream().anyMatch(Objects::isNull)) {
            throw InvalidInputException.of("documents", Message.of(given.isEmpty()
                    ? "curation.refusal.merge-no-document" : "curation.refusal.null-document"));
        }
        List<UUID> found = jdbc.query(connection -> {
            var statement = connection.prepareStatement("select id from document where project_id = ? "
                    + "and id = any(?) order by position");
            statement.setObject(1, projectId);
            statement.setArray(2, connection.createArrayOf("uuid", given.toArray()));
            return statement;
        }, (row, number) -> row.getObject("id", UUID.class));
        Set<UUID> known = Set.copyOf(found);
        given.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(missing -> {
            throw new NotFoundException("Document", missing);
        });
        return found;
    }
}
