package org.slant.annotation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.slant.platform.Texts;
import org.slant.team.CurrentUser;
import org.slant.team.ProjectAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in annotator's way through a project: which documents wait, the next one to do, and marking each done
 * or skipped. Until managers assign work, every document of a project is in the queue of everyone who opens it.
 */
@Service
@Transactional
public class WorkQueue {

    /** The most active time one report may add: the browser reports every few seconds while someone works. */
    public static final int MAX_SECONDS_PER_REPORT = 300;
    private static final int MISSING_LISTED = 10;
    private static final int SENT_BACK_LISTED = 20;

    private static final String ITEMS = "select d.id, d.position, d.title, o.name as outlet, s.title as story, "
            + "d.words, coalesce(a.status, 'ASSIGNED') as status, coalesce(a.active_seconds, 0) as active_seconds, "
            + "sb.sent_back_note, sb.sent_back_at, sb.sent_back_by "
            + "from document d left join outlet o on o.id = d.outlet_id left join story s on s.id = d.story_id "
            + "left join assignment a on a.document_id = d.id and a.annotator_id = ? " + SendBacks.OPEN;
    /**
     * The documents offered to the caller: their own assignments; and, until a manager has distributed the work,
     * also every document fewer than k annotators have taken up.
     */
    private static final String OFFERED = "(a.id is not null or (not ? and (select count(*) from assignment x "
            + "where x.document_id = d.id) < (select p.annotators_per_document from project p where p.id = "
            + "d.project_id))) ";
    private static final RowMapper<WorkQueueItem> ITEM = (row, number) -> new WorkQueueItem(
            row.getObject("id", UUID.class), row.getInt("position"), row.getString("title"), row.getString("outlet"),
            row.getString("story"), row.getInt("words"), AssignmentStatus.valueOf(row.getString("status")),
            row.getInt("active_seconds"), SendBacks.of(row.getString("sent_back_by"),
                    row.getTimestamp("sent_back_at"), row.getString("sent_back_note")));

    private final AssignmentRepository assignments;
    private final WorkQueueMissingValues missingValues;
    private final CorpusService corpus;
    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final WorkRules rules;
    private final SendBacks sendBacks;
    private final JdbcTemplate jdbc;

    WorkQueue(AssignmentRepository assignments, WorkQueueMissingValues missingValues, CorpusService corpus,
            CurrentUser currentUser, ProjectAccess access, WorkRules rules, SendBacks sendBacks, JdbcTemplate jdbc) {
        this.sendBacks = sendBacks;
        this.access = access;
        this.rules = rules;
        this.assignments = assignments;
        this.missingValues = missingValues;
        this.corpus = corpus;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /**
     * One page of the project's documents in position order, with the caller's progress on each. Here and in every
     * item this answers, an annotator of an outlet-blind project reads "Article" and the position for the title, and
     * no outlet (decision 0021).
     */
    @Transactional(readOnly = true)
    public Page<WorkQueueItem> queue(UUID projectId, Pageable page) {
        requireProject(projectId);
        boolean planned = planned(projectId);
        long total = jdbc.queryForObject("select count(*) from document d left join assignment a on a.document_id "
                + "= d.id and a.annotator_id = ? where d.project_id = ? and " + OFFERED, Long.class, caller(),
                projectId, planned);
        List<WorkQueueItem> items = jdbc.query(ITEMS + "where d.project_id = ? and " + OFFERED
                + "order by d.position limit ? offset ?", ITEM, caller(), projectId, planned, page.getPageSize(),
                page.getOffset());
        return new PageImpl<>(asRead(projectId, items), page, total);
    }

    /**
     * The first document not yet done or skipped, in position order after {@code afterDocumentId} (from the start
     * when null), coming round to the start; empty when the caller has finished them all.
     */
    @Transactional(readOnly = true)
    public Optional<WorkQueueItem> next(UUID projectId, UUID afterDocumentId) {
        requireProject(projectId);
        int after = afterDocumentId == null ? Integer.MIN_VALUE : positionIn(projectId, afterDocumentId);
        // false sorts before true: the documents after the given one come first, then those from the start
        return asRead(projectId, jdbc.query(ITEMS + "where d.project_id = ? and " + OFFERED
                + "and coalesce(a.status, 'ASSIGNED') not in ('DONE', 'SKIPPED') order by d.position <= ?, "
                + "d.position limit 1", ITEM, caller(), projectId, planned(projectId), after)).stream().findFirst();
    }

    /**
     * The caller's documents of the project that a curator or manager sent back to them and that they have not
     * finished again, in position order; at most {@value #SENT_BACK_LISTED}.
     */
    @Transactional(readOnly = true)
    public List<WorkQueueItem> sentBack(UUID projectId) {
        requireProject(projectId);
        return asRead(projectId, jdbc.query(ITEMS + "where d.project_id = ? and sb.sent_back_at is not null "
                + "order by d.position limit " + SENT_BACK_LISTED, ITEM, caller(), projectId));
    }

    /** How many of the project's documents the caller has marked done; skipped ones do not count. */
    @Transactional(readOnly = true)
    public long doneCount(UUID projectId) {
        requireProject(projectId);
        return jdbc.queryForObject("select count(*) from assignment where project_id = ? and annotator_id = ? "
                + "and status = 'DONE'", Long.class, projectId, caller());
    }

    /** The offered document just before this one in position order, whatever its status; empty at the first. */
    @Transactional(readOnly = true)
    public Optional<WorkQueueItem> previous(UUID projectId, UUID documentId) {
        int position = positionIn(projectId, documentId);
        return asRead(projectId, jdbc.query(ITEMS + "where d.project_id = ? and " + OFFERED + "and d.position < ? "
                + "order by d.position desc limit 1", ITEM, caller(), projectId, planned(projectId), position))
                .stream().findFirst();
    }

    /** The offered document just after this one in position order, whatever its status; empty at the last. */
    @Transactional(readOnly = true)
    public Optional<WorkQueueItem> following(UUID projectId, UUID documentId) {
        int position = positionIn(projectId, documentId);
        return asRead(projectId, jdbc.query(ITEMS + "where d.project_id = ? and " + OFFERED + "and d.position > ? "
                + "order by d.position limit 1", ITEM, caller(), projectId, planned(projectId), position)).stream()
                .findFirst();
    }

    /** The caller starts (or goes on) working on the document. */
    public WorkQueueItem open(UUID documentId) {
        return change(documentId, Assignment::start);
    }

    /**
     * The caller opens the document in the annotate view. Annotators start (or go on) working on it, as with
     * {@link #open}. Managers, curators and admins who have no work on it only look: nothing is recorded, so they
     * take no annotator's place; their first change starts their work (empty then).
     */
    public Optional<WorkQueueItem> enter(UUID documentId) {
        DocumentDetails document = corpus.document(documentId);
        if (assignments.findForChange(documentId, caller()).isEmpty()
                && access.seesEveryonesWork(document.projectId())) {
            return Optional.empty();
        }
        return Optional.of(open(documentId));
    }

    /** The caller's work on the document as it stands; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<WorkQueueItem> progress(UUID documentId) {
        DocumentDetails document = corpus.document(documentId);
        return assignments.findByDocumentIdAndAnnotatorId(documentId, caller()).map(assignment -> item(document,
                assignment));
    }

    /**
     * The caller has finished the document. Annotations lacking a required value are listed and the document stays
     * as it is, unless {@code confirmed}.
     */
    public WorkQueueItem markDone(UUID documentId, boolean confirmed) {
        DocumentDetails document = corpus.document(documentId);
        if (!confirmed) {
            List<Message> missing = missingValues.of(document.projectId(), documentId);
            if (!missing.isEmpty()) {
                throw new RequiredValuesMissing(missing);
            }
        }
        return change(documentId, Assignment::finish);
    }

    /** The caller sets the document aside; the next document passes over it. */
    public WorkQueueItem skip(UUID documentId) {
        return change(documentId, Assignment::skip);
    }

    /** A done or skipped document goes back to work in progress. */
    public WorkQueueItem reopen(UUID documentId) {
        return change(documentId, Assignment::reopen);
    }

    /**
     * Adds time the caller spent actively annotating the document. Time spent by a manager, curator or admin only
     * looking at a document they have no work on is not recorded (empty then).
     */
    public Optional<WorkQueueItem> recordActivity(UUID documentId, int seconds) {
        if (seconds < 1 || seconds > MAX_SECONDS_PER_REPORT) {
            throw InvalidInputException.of("seconds", Message.of("annotation.refusal.seconds",
                    String.valueOf(MAX_SECONDS_PER_REPORT), String.valueOf(seconds)));
        }
        DocumentDetails document = corpus.document(documentId);
        if (assignments.findForChange(documentId, caller()).isEmpty()
                && access.seesEveryonesWork(document.projectId())) {
            return Optional.empty();
        }
        return Optional.of(change(documentId, assignment -> assignment.addActiveSeconds(seconds)));
    }

    private WorkQueueItem change(UUID documentId, Consumer<Assignment> change) {
        DocumentDetails document = corpus.document(documentId);
        UUID annotator = caller();
        if (assignments.findForChange(documentId, annotator).isEmpty()) {
            rules.requireMayTakeUp(document);
        }
        assignments.insertIfMissing(UUID.randomUUID(), document.projectId(), documentId, annotator);
        Assignment assignment = assignments.findForChange(documentId, annotator).orElseThrow();
        boolean finishedBefore = assignment.getStatus().finished();
        change.accept(assignment);
        assignments.saveAndFlush(assignment);
        if (!finishedBefore && assignment.getStatus().finished()) {
            sendBacks.answered(documentId, annotator);
        }
        return item(document, assignment);
    }

    private WorkQueueItem item(DocumentDetails document, Assignment assignment) {
        SentBack sentBack = sendBacks.open(document.id(), assignment.getAnnotatorId()).orElse(null);
        WorkQueueItem item = new WorkQueueItem(document.id(), document.position(), document.title(),
                document.outlet(), document.story(), document.words(), assignment.getStatus(),
                assignment.getActiveSeconds(), sentBack);
        return corpus.outletBlinded(document.projectId()) ? item.blinded() : item;
    }

    /** The items as the caller may read them: blinded for an annotator of an outlet-blind project. */
    private List<WorkQueueItem> asRead(UUID projectId, List<WorkQueueItem> items) {
        return !items.isEmpty() && corpus.outletBlinded(projectId)
                ? items.stream().map(WorkQueueItem::blinded).toList() : items;
    }

    private boolean planned(UUID projectId) {
        return rules.planned(projectId);
    }

    /** An unknown project is a 404, not an empty queue. */
    private void requireProject(UUID projectId) {
        corpus.project(projectId);
    }

    private int positionIn(UUID projectId, UUID documentId) {
        DocumentDetails document = corpus.document(documentId);
        if (!document.projectId().equals(projectId)) {
            throw new NotFoundException("Document", documentId + " in project " + projectId);
        }
        return document.position();
    }

    /**
     * Marking done would leave annotations without a required value: the first {@value #MISSING_LISTED} listed, in
     * the reader's language (the REST API's in English).
     */
    static final class RequiredValuesMissing extends ConfirmationRequiredException {

        private final List<Message> missing;

        RequiredValuesMissing(List<Message> missing) {
            super(said(missing, Texts.ENGLISH), missing.size());
            this.missing = List.copyOf(missing);
        }

        @Override
        public String in(Locale reader) {
            return said(missing, reader);
        }

        private static String said(List<Message> missing, Locale reader) {
            List<String> listed = missing.subList(0, Math.min(MISSING_LISTED, missing.size())).stream()
                    .map(line -> line.in(reader)).toList();
            String more = missing.size() > MISSING_LISTED ? String.valueOf(missing.size() - MISSING_LISTED) : "none";
            return Message.of("annotation.refusal.missing", missing.size(), String.valueOf(missing.size()),
                    String.join("; ", listed), more).in(reader);
        }
    }

    private UUID caller() {
        return currentUser.id().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
