package org.slant.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.slant.annotation.SentBackAssignment;
import org.slant.annotation.WorkAssignment;
import org.slant.corpus.CorpusService;
import org.slant.curation.QueueFigures.QueueEntry;
import org.slant.curation.QueuedDocument.QueuedAnnotator;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.Progress;
import org.slant.team.ProjectAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents to curate, for a project's curators and managers (annotators 403, outsiders 404): ordered by how far
 * the annotators who finished them agree, lowest first, or by position; filtered by story, outlet and curation status.
 * From here a curator marks the unanimous documents curated in one go, or sends a document back to an annotator.
 */
@Service
public class CurationQueue {

    private static final Comparator<QueueEntry> BY_POSITION = Comparator.comparingInt(QueueEntry::position);
    private static final Comparator<QueueEntry> BY_AGREEMENT = Comparator.comparing(
            (QueueEntry entry) -> entry.agreement().agreement(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BY_POSITION);

    private final QueueFigures figures;
    private final CurationStates states;
    private final GoldSpanRepository spans;
    private final UnanimousCuration unanimous;
    private final WorkAssignment assignment;
    private final CorpusService corpus;
    private final ProjectAccess access;

    CurationQueue(QueueFigures figures, CurationStates states, GoldSpanRepository spans, UnanimousCuration unanimous,
            WorkAssignment assignment, CorpusService corpus, ProjectAccess access) {
        this.figures = figures;
        this.states = states;
        this.spans = spans;
        this.unanimous = unanimous;
        this.assignment = assignment;
        this.corpus = corpus;
        this.access = access;
    }

    /**
     * Compares the annotators' work on every document of the project, unless it is kept from an earlier request and
     * unchanged since, telling {@code progress} how many documents have been read: a page calls this in the background
     * before it lists the queue.
     */
    public void prepare(UUID projectId, Progress progress) {
        requireCurator(projectId);
        figures.of(projectId, progress);
    }

    /** One page of the project's documents that pass the filter, in the order asked. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<QueuedDocument> queue(UUID projectId, QueueFilter filter, QueueOrder order, Pageable page) {
        requireCurator(projectId);
        Map<UUID, CurationStatus> statuses = states.ofProject(projectId);
        List<QueueEntry> chosen = figures.of(projectId).stream().filter(passing(filter, statuses))
                .sorted(order == QueueOrder.AGREEMENT ? BY_AGREEMENT : BY_POSITION).toList();
        int from = (int) Math.min(page.getOffset(), chosen.size());
        List<QueueEntry> shown = chosen.subList(from, Math.min(chosen.size(), from + page.getPageSize()));
        Map<UUID, Long> gold = new HashMap<>();
        if (!shown.isEmpty()) {
            spans.countByDocument(shown.stream().map(QueueEntry::id).toList())
                    .forEach(row -> gold.put((UUID) row[0], (Long) row[1]));
        }
        boolean blind = corpus.projectDetails(projectId).blind();
        return new PageImpl<>(shown.stream().map(entry -> queued(entry, statuses, gold, blind)).toList(), page,
                chosen.size());
    }

    /** The documents passing the filter that all their done annotators (two or more) agree on and are not curated. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<UUID> unanimousToCurate(UUID projectId, QueueFilter filter) {
        requireCurator(projectId);
        Map<UUID, CurationStatus> statuses = states.ofProject(projectId);
        return figures.of(projectId).stream().filter(passing(filter, statuses))
                .filter(entry -> entry.agreement().unanimous() && statuses.get(entry.id()) != CurationStatus.CURATED)
                .map(QueueEntry::id).toList();
    }

    /**
     * Takes the unanimous work into gold and marks it curated, for each of the documents (all the project's when
     * null) on which every annotator who marked it done (at least two) did exactly the same; the others are passed
     * over. Each document in a transaction of its own, so that a second call goes on where the first stopped.
     */
    public UnanimousCurated curateUnanimous(UUID projectId, List<UUID> documentIds, Progress progress) {
        requireCurator(projectId);
        List<QueueEntry> entries = figures.of(projectId);
        Set<UUID> wanted = documentIds == null ? null : new HashSet<>(documentIds);
        if (wanted != null) {
            Set<UUID> unknown = new HashSet<>(wanted);
            entries.forEach(entry -> unknown.remove(entry.id()));
            if (!unknown.isEmpty()) {
                throw InvalidInputException.of("documents", Message.of("curation.refusal.not-project-documents",
                        unknown.toString()));
            }
        }
        List<QueueEntry> candidates = entries.stream().filter(entry -> entry.agreement().unanimous()
                && (wanted == null || wanted.contains(entry.id()))).toList();
        return unanimous.curate(candidates, progress);
    }

    /** Sends the document back to one of its annotators, who finished it: they can change their work again. */
    public SentBackAssignment sendBack(UUID documentId, String annotator, String note) {
        return assignment.sendBack(documentId, annotator, note);
    }

    private static Predicate<QueueEntry> passing(QueueFilter filter, Map<UUID, CurationStatus> statuses) {
        return entry -> (filter.storyId() == null || filter.storyId().equals(entry.storyId()))
                && (filter.outletId() == null || filter.outletId().equals(entry.outletId()))
                && (filter.status() == null
                        || filter.status() == statuses.getOrDefault(entry.id(), CurationStatus.NOT_STARTED));
    }

    private static QueuedDocument queued(QueueEntry entry, Map<UUID, CurationStatus> statuses, Map<UUID, Long> gold,
            boolean blind) {
        List<QueuedAnnotator> annotators = new ArrayList<>();
        for (int i = 0; i < entry.annotators().size(); i++) {
            QueueFigures.Assigned one = entry.annotators().get(i);
            annotators.add(new QueuedAnnotator(one.username(), blind ? CurationLanes.laneLetter(i) : one.username(),
                    one.status()));
        }
        return new QueuedDocument(entry.id(), entry.position(), entry.title(), entry.story(), entry.outlet(),
                annotators, entry.done(), statuses.getOrDefault(entry.id(), CurationStatus.NOT_STARTED),
                gold.getOrDefault(entry.id(), 0L), entry.agreement().agreement(), entry.agreement().unanimous());
    }

    private void requireCurator(UUID projectId) {
        corpus.project(projectId);
        access.requireEveryonesWork(projectId);
    }
}
