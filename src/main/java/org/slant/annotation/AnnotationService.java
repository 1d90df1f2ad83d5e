package org.slant.annotation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.DocumentToAnnotate;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.CurrentUser;
import org.slant.team.ProjectAccess;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annotators' spans and answers: every change written at once, checked against the text and the schema, recorded in
 * the history, and guarded against a stale edit from another tab by the version.
 */
@Service
@Transactional
public class AnnotationService {

    private final SpanAnnotationRepository spans;
    private final DocumentAnswerRepository answers;
    private final AnnotationHistory history;
    private final CorpusService corpus;
    private final SchemaService schema;
    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final UserRepository users;
    private final WorkRules rules;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AnnotationService(SpanAnnotationRepository spans, DocumentAnswerRepository answers, AnnotationHistory history,
            CorpusService corpus, SchemaService schema, CurrentUser currentUser, ProjectAccess access,
            UserRepository users, WorkRules rules, JdbcTemplate jdbc, JsonMapper json) {
        this.access = access;
        this.rules = rules;
        this.spans = spans;
        this.answers = answers;
        this.history = history;
        this.corpus = corpus;
        this.schema = schema;
        this.currentUser = currentUser;
        this.users = users;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * One annotator's spans and answers on a document; {@code annotator} is a username, null for the caller.
     * Managers and curators read anyone's; annotators read others' only when the project is not blind.
     */
    @Transactional(readOnly = true)
    public DocumentAnnotations annotationsOf(UUID documentId, String annotator) {
        DocumentDetails document = corpus.document(documentId);
        User user = annotator == null ? users.findById(caller()).orElseThrow()
                : users.findByUsername(annotator).orElseThrow(() -> new NotFoundException("Annotator", annotator));
        if (!user.getId().equals(caller()) && !access.seesEveryonesWork(document.projectId())
                && corpus.projectDetails(document.projectId()).blind()) {
            throw new ForbiddenException(Message.of("annotation.refusal.blind"));
        }
        // an annotator of an outlet-blind project reads the spans' words in the masked text, at the same offsets
        CodePointText text = new CodePointText(corpus.readableText(document));
        return new DocumentAnnotations(
                spans.findByDocumentIdAndAnnotatorIdOrderByStartAscEndAsc(documentId, user.getId()).stream()
                        .map(span -> view(span, user.getUsername(), text)).toList(),
                answers.findByDocumentIdAndAnnotatorId(documentId, user.getId()).stream()
                        .map(answer -> view(answer, user.getUsername())).toList());
    }

    /**
     * The usernames of those who annotated the document and whose work the caller may read: everyone's for managers
     * and curators, and for all members of a project that is not blind; otherwise only the caller's own.
     */
    @Transactional(readOnly = true)
    public List<String> annotatorsOf(UUID documentId) {
        DocumentDetails document = corpus.document(documentId);
        List<String> all = jdbc.queryForList("select u.username from app_user u where u.id in (select annotator_id "
                + "from span_annotation where document_id = ? union select annotator_id from document_answer where "
                + "document_id = ?) order by lower(u.username)", String.class, documentId, documentId);
        if (access.seesEveryonesWork(document.projectId()) || !corpus.projectDetails(document.projectId()).blind()) {
            return all;
        }
        String me = users.findById(caller()).orElseThrow().getUsername();
        return all.stream().filter(me::equals).toList();
    }

    /** The caller's own span, as stored now; empty when it does not exist (any more). */
    @Transactional(readOnly = true)
    public Optional<Span> ownSpan(UUID spanId) {
        return spans.findById(spanId).filter(this::callersOwn).map(this::view);
    }

    /** The kind of the layer, when it is one of the document's project; for telling spans from answers. */
    @Transactional(readOnly = true)
    public Optional<LayerKind> layerKind(UUID documentId, UUID layerId) {
        DocumentDetails document = corpus.document(documentId);
        return schema.layers(document.projectId()).stream().filter(layer -> layer.id().equals(layerId))
                .map(LayerSchema::kind).findFirst();
    }

    /**
     * Stores a span of the caller; offsets are code points into the document's text, end-exclusive. With an id, a
     * retry of the same create answers the stored span (not created); the same id with other content is refused.
     * Refused on a document that is not the caller's to annotate, or that they marked done (see {@link WorkRules}).
     */
    public Saved<Span> createSpan(UUID documentId, UUID id, SpanDraft draft) {
        return insertSpan(new Work(corpus.documentToAnnotate(documentId), caller()), id, draft);
    }

    /**
     * Stores a span, or an answer when the draft's layer is a DOCUMENT layer of the document's project (then without
     * offsets), loading the document and its schema once.
     */
    public Saved<?> create(UUID documentId, UUID id, SpanDraft draft) {
        return create(new Work(corpus.documentToAnnotate(documentId), caller()), id, draft);
    }

    private Saved<?> create(Work work, UUID id, SpanDraft draft) {
        boolean answer = draft.layer() != null && work.layers().stream()
                .anyMatch(layer -> layer.id().equals(draft.layer()) && layer.kind() == LayerKind.DOCUMENT);
        if (!answer) {
            return insertSpan(work, id, draft);
        }
        return insertAnswer(work, id, answerOf(draft));
    }

    /** The draft of an answer, which has no offsets. */
    private static AnswerDraft answerOf(SpanDraft draft) {
        if (draft.start() != null || draft.end() != null) {
            throw InvalidInputException.of(draft.start() != null ? "start" : "end",
                    Message.of("annotation.refusal.answer-without-offsets"));
        }
        return new AnswerDraft(draft.layer(), draft.label(), draft.attributes());
    }

    /**
     * Changes the caller's span if it still has {@code version}; fields left null in the draft keep their value, except
     * that a new label keeps only the attribute values still asked for it.
     */
    public Span updateSpan(UUID spanId, long version, SpanDraft draft) {
        SpanAnnotation span = spans.findForChange(spanId).filter(this::callersOwn)
                .orElseThrow(() -> new NotFoundException("Span", spanId));
        return updateSpan(new Work(corpus.documentToAnnotate(span.getDocumentId()), span.getAnnotatorId()), span, version,
                draft);
    }

    private Span updateSpan(Work work, SpanAnnotation span, long version, SpanDraft draft) {
        UUID spanId = span.getId();
        UUID label = or(draft.label(), span.getLabelId());
        SpanDraft wanted = new SpanDraft(span.getLayerId(), label, or(draft.start(), span.getStart()),
                or(draft.end(), span.getEnd()), draft.attributes() != null ? draft.attributes()
                        : keptFor(work, span.getLayerId(), label, span.getAttributes()));
        Checked checked = check(work, spanId, wanted);
        if (draft.layer() != null && !draft.layer().equals(span.getLayerId())) {
            checked.checks.problem("layer", Message.of("annotation.refusal.span-stays-in-layer"));
        }
        boolean unchanged = sameContent(span, wanted.label(), wanted.start(), wanted.end(), checked.attributes);
        if (span.getVersion() != version && !unchanged) {
            throw stale(true, span.getId(), version, span.getVersion());
        }
        checked.checks.throwIfAny(Message.of("annotation.refusal.span-not-saved"));
        if (!unchanged) {
            work.beforeChange();
            String before = history.snapshot(AnnotationTable.SPANS, spanId);
            span.change(wanted.label(), wanted.start(), wanted.end(), checked.attributes);
            spans.saveAndFlush(span);
            history.updated(AnnotationTable.SPANS, spanId, before, work.annotator);
        }
        return view(span, work);
    }

    /**
     * Stores an answer of the caller about a whole document. With an id, a retry of the same create answers the
     * stored answer; the same id with other content, or a second answer with the same label, is refused.
     */
    public Saved<Answer> createAnswer(UUID documentId, UUID id, AnswerDraft draft) {
        return insertAnswer(new Work(corpus.documentToAnnotate(documentId), caller()), id, draft);
    }

    private Saved<Answer> insertAnswer(Work work, UUID id, AnswerDraft draft) {
        UUID annotator = work.annotator;
        UUID documentId = work.document.id();
        AnnotationChecks checks = new AnnotationChecks();
        Map<String, Object> attributes = checkAnswer(work, draft.layer(), draft.label(), draft.attributes(), checks);
        checks.throwIfAny(Message.of("annotation.refusal.answer-not-saved"));
        UUID answerId = id == null ? UUID.randomUUID() : id;
        Optional<DocumentAnswer> stored = storedAnswer(answerId, documentId, annotator, draft.layer(), draft.label(),
                attributes);
        if (stored.isPresent()) {
            return new Saved<>(view(stored.get(), work.username()), false);
        }
        work.beforeChange();
        int inserted = jdbc.update("insert into document_answer (id, document_id, annotator_id, layer_id, label_id, "
                + "attributes) values (?, ?, ?, ?, ?, ?::jsonb) on conflict do nothing", answerId, documentId,
                annotator, draft.layer(), draft.label(), json.writeValueAsString(attributes));
        if (inserted == 0) {
            // a concurrent create won the race: answer as its retry would be answered
            return new Saved<>(view(storedAnswer(answerId, documentId, annotator, draft.layer(), draft.label(),
                    attributes).orElseThrow(), work.username()), false);
        }
        history.created(AnnotationTable.ANSWERS, answerId, annotator);
        return new Saved<>(view(answers.findById(answerId).orElseThrow(), work.username()), true);
    }

    /**
     * Changes the caller's span or answer, whichever {@code annotationId} is, as {@link #updateSpan} and
     * {@link #updateAnswer} do (an answer's draft has no offsets): one transaction, without asking first which it is.
     */
    public Object updateAnnotation(UUID annotationId, long version, SpanDraft draft) {
        Optional<SpanAnnotation> storedSpan = spans.findForChange(annotationId);
        if (storedSpan.isPresent()) {
            SpanAnnotation own = storedSpan.filter(this::callersOwn)
                    .orElseThrow(() -> new NotFoundException("Span", annotationId));
            return updateSpan(new Work(corpus.documentToAnnotate(own.getDocumentId()), own.getAnnotatorId()), own,
                    version, draft);
        }
        DocumentAnswer storedAnswer = answers.findForChange(annotationId)
                .orElseThrow(() -> new NotFoundException("Annotation", annotationId));
        DocumentAnswer own = Optional.of(storedAnswer).filter(this::callersOwn)
                .orElseThrow(() -> new NotFoundException("Answer", annotationId));
        return updateAnswer(new Work(corpus.documentToAnnotate(own.getDocumentId()), own.getAnnotatorId()), own,
                version, answerOf(draft));
    }

    /** Changes the caller's answer if it still has {@code version}; fields left null keep their value. */
    public Answer updateAnswer(UUID answerId, long version, AnswerDraft draft) {
        DocumentAnswer answer = answers.findForChange(answerId).filter(this::callersOwn)
                .orElseThrow(() -> new NotFoundException("Answer", answerId));
        return updateAnswer(new Work(corpus.documentToAnnotate(answer.getDocumentId()), answer.getAnnotatorId()), answer,
                version, draft);
    }

    private Answer updateAnswer(Work work, DocumentAnswer answer, long version, AnswerDraft draft) {
        UUID answerId = answer.getId();
        UUID label = or(draft.label(), answer.getLabelId());
        AnnotationChecks checks = new AnnotationChecks();
        Map<String, Object> attributes = checkAnswer(work, answer.getLayerId(),
                label, draft.attributes() != null ? draft.attributes()
                        : keptFor(work, answer.getLayerId(), label, answer.getAttributes()), checks);
        if (draft.layer() != null && !draft.layer().equals(answer.getLayerId())) {
            checks.problem("layer", Message.of("annotation.refusal.answer-stays-in-layer"));
        }
        boolean unchanged = answer.getLabelId().equals(label) && answer.getAttributes().equals(attributes);
        if (answer.getVersion() != version && !unchanged) {
            throw stale(false, answerId, version, answer.getVersion());
        }
        if (!unchanged) {
            answers.findByDocumentIdAndAnnotatorIdAndLayerIdAndLabelId(answer.getDocumentId(),
                    answer.getAnnotatorId(), answer.getLayerId(), label)
                    .filter(other -> !other.getId().equals(answerId))
                    .ifPresent(other -> checks.problem("label", Message.of("annotation.refusal.answer-twice",
                            other.getId().toString())));
        }
        checks.throwIfAny(Message.of("annotation.refusal.answer-not-saved"));
        if (!unchanged) {
            work.beforeChange();
            String before = history.snapshot(AnnotationTable.ANSWERS, answerId);
            answer.change(label, attributes);
            answers.saveAndFlush(answer);
            history.updated(AnnotationTable.ANSWERS, answerId, before, work.annotator);
        }
        return view(answer, work.username());
    }

    /**
     * Deletes the caller's span or answer if it still has {@code version}. Deleting one that is already deleted does
     * nothing, so a retried delete succeeds; an id that never existed is not found.
     */
    public void deleteAnnotation(UUID annotationId, long version) {
        deleteAnnotation(null, annotationId, version);
    }

    /** As {@link #deleteAnnotation(UUID, long)}; with {@code work}, only an annotation on that document. */
    private void deleteAnnotation(Work work, UUID annotationId, long version) {
        Optional<SpanAnnotation> span = spans.findForChange(annotationId);
        if (span.isPresent()) {
            SpanAnnotation found = span.filter(this::callersOwn).filter(own -> onDocument(work, own))
                    .orElseThrow(() -> new NotFoundException("Annotation", annotationId));
            requireVersion(true, annotationId, version, found.getVersion());
            beforeChange(work, found.getDocumentId());
            history.deleting(AnnotationTable.SPANS, annotationId, found.getAnnotatorId());
            spans.delete(found);
            spans.flush();
            return;
        }
        Optional<DocumentAnswer> answer = answers.findForChange(annotationId);
        if (answer.isPresent()) {
            DocumentAnswer found = answer.filter(this::callersOwn).filter(own -> onDocument(work, own))
                    .orElseThrow(() -> new NotFoundException("Annotation", annotationId));
            requireVersion(false, annotationId, version, found.getVersion());
            beforeChange(work, found.getDocumentId());
            history.deleting(AnnotationTable.ANSWERS, annotationId, found.getAnnotatorId());
            answers.delete(found);
            answers.flush();
            return;
        }
        if (!history.knows(annotationId)) {
            throw new NotFoundException("Annotation", annotationId);
        }
    }

    private void beforeChange(Work work, UUID documentId) {
        if (work != null) {
            work.beforeChange();
        } else {
            // the document without its text: a delete needs only its project
            DocumentToAnnotate document = corpus.documentToAnnotate(documentId);
            rules.beforeChange(document.id(), document.projectId());
        }
    }

    private static boolean onDocument(Work work, Annotation annotation) {
        return work == null || annotation.getDocumentId().equals(work.document.id());
    }

    /** The most creates, changes and deletes one bulk call may make, over all its documents. */
    public static final int BULK_LIMIT = 5_000;

    /**
     * Creates, changes and deletes many of the caller's spans and answers, on one document or several, all together or
     * not at all: each item is checked as a single save would be, with the same idempotent ids, versions and history.
     * Every problem is reported at once, named by its place ({@code create[3].end}, {@code documents[1].update[0].id},
     * the latter when {@code several}), and nothing is stored; a version conflict is a 409 naming the item.
     */
    public List<BulkSaved> bulk(List<BulkChanges> documents, boolean several) {
        int operations = documents.stream().mapToInt(BulkChanges::size).sum();
        if (operations > BULK_LIMIT) {
            throw InvalidInputException.of("operations", Message.of("annotation.refusal.bulk-limit",
                    String.valueOf(BULK_LIMIT), String.valueOf(operations)));
        }
        UUID annotator = caller();
        List<Problem> problems = new ArrayList<>();
        List<BulkSaved> saved = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            BulkChanges changes = documents.get(d);
            String prefix = several ? "documents[" + d + "]." : "";
            if (changes.documentId() == null) {
                problems.add(Problem.of(prefix + "documentId", Message.of("annotation.refusal.document-required")));
                continue;
            }
            Work work = new Work(corpus.documentToAnnotate(changes.documentId()), annotator);
            List<Object> created = new ArrayList<>();
            List<Object> updated = new ArrayList<>();
            List<UUID> deleted = new ArrayList<>();
            for (int i = 0; i < changes.create().size(); i++) {
                BulkChanges.Change item = changes.create().get(i);
                String where = prefix + "create[" + i + "]";
                attempt(where, problems, () -> {
                    if (item.draft() == null) {
                        throw InvalidInputException.of("layer", Message.of("annotation.refusal.draft-required"));
                    }
                    created.add(create(work, item.id(), item.draft()).annotation());
                });
            }
            for (int i = 0; i < changes.update().size(); i++) {
                BulkChanges.Change item = changes.update().get(i);
                String where = prefix + "update[" + i + "]";
                attempt(where, problems, () -> updated.add(update(work, item)));
            }
            for (int i = 0; i < changes.delete().size(); i++) {
                BulkChanges.Change item = changes.delete().get(i);
                String where = prefix + "delete[" + i + "]";
                attempt(where, problems, () -> {
                    requireIdAndVersion(item);
                    deleteAnnotation(work, item.id(), item.version());
                    deleted.add(item.id());
                });
            }
            saved.add(new BulkSaved(changes.documentId(), created, updated, deleted));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("annotation.refusal.nothing-saved"), problems);
        }
        return saved;
    }

    private Object update(Work work, BulkChanges.Change item) {
        requireIdAndVersion(item);
        SpanDraft draft = item.draft() == null ? new SpanDraft(null, null, null, null, null) : item.draft();
        Optional<SpanAnnotation> span = spans.findForChange(item.id());
        if (span.isPresent()) {
            SpanAnnotation own = span.filter(this::callersOwn).filter(found -> onDocument(work, found))
                    .orElseThrow(() -> new NotFoundException("Span", item.id()));
            return updateSpan(work, own, item.version(), draft);
        }
        DocumentAnswer answer = answers.findForChange(item.id()).filter(this::callersOwn)
                .filter(found -> onDocument(work, found))
                .orElseThrow(() -> new NotFoundException("Annotation", item.id()));
        if (draft.start() != null || draft.end() != null) {
            throw InvalidInputException.of(draft.start() != null ? "start" : "end",
                    Message.of("annotation.refusal.answer-without-offsets"));
        }
        return updateAnswer(work, answer, item.version(), new AnswerDraft(draft.layer(), draft.label(),
                draft.attributes()));
    }

    private static void requireIdAndVersion(BulkChanges.Change item) {
        List<Problem> missing = new ArrayList<>();
        if (item.id() == null) {
            missing.add(Problem.of("id", Message.of("annotation.refusal.id-required")));
        }
        if (item.version() == null) {
            missing.add(Problem.of("version", Message.of("annotation.refusal.version-required")));
        }
        if (!missing.isEmpty()) {
            throw InvalidInputException.listing(Message.of("annotation.refusal.incomplete"), missing);
        }
    }

    /** Runs one item of a bulk call; its problems are collected under its place, its conflicts name it. */
    private static void attempt(String where, List<Problem> problems, Runnable item) {
        try {
            item.run();
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> problems.add(new Problem(where + "." + problem.where(),
                    problem.message(), problem.said(), null)));
        } catch (NotFoundException notFound) {
            problems.add(Problem.of(where + ".id", Message.of("annotation.refusal.not-yours")));
        } catch (AnnotationConflictException conflict) {
            throw new AnnotationConflictException(where, conflict);
        }
    }

    private Saved<Span> insertSpan(Work work, UUID id, SpanDraft draft) {
        UUID spanId = id == null ? UUID.randomUUID() : id;
        UUID documentId = work.document.id();
        UUID annotator = work.annotator;
        Checked checked = check(work, spanId, draft);
        checked.checks.throwIfAny(Message.of("annotation.refusal.span-not-saved"));
        // a new id the server chose cannot be taken; a client's may be a retry
        if (id != null) {
            Optional<SpanAnnotation> stored = storedSpan(spanId, documentId, annotator, draft, checked.attributes);
            if (stored.isPresent()) {
                return new Saved<>(view(stored.get(), work), false);
            }
        }
        work.beforeChange();
        List<Long> inserted = history.insertSpan(spanId, documentId, annotator, draft.layer(), draft.label(),
                draft.start(), draft.end(), json.writeValueAsString(checked.attributes));
        if (inserted.isEmpty()) {
            // a concurrent create with the same id won the race: answer as its retry would be answered
            return new Saved<>(view(storedSpan(spanId, documentId, annotator, draft, checked.attributes)
                    .orElseThrow(), work), false);
        }
        return new Saved<>(new Span(spanId, documentId, work.username(), draft.layer(), draft.label(), draft.start(),
                draft.end(), work.text().slice(draft.start(), draft.end()), checked.attributes, inserted.getFirst()),
                true);
    }

    /** A span's draft checked against the text, the schema and the layer's overlap rule. */
    private Checked check(Work work, UUID spanId, SpanDraft draft) {
        DocumentToAnnotate document = work.document;
        AnnotationChecks checks = new AnnotationChecks();
        Optional<LayerSchema> layer = checks.layer(work.layers(), draft.layer(), LayerKind.SPAN);
        Map<String, Object> attributes = Map.of();
        if (layer.isPresent()) {
            checks.label(layer.get(), draft.label());
            attributes = checks.attributes(layer.get(), draft.label(), draft.attributes());
        }
        boolean inside = checks.offsets(draft.start(), draft.end(), document.codePoints());
        if (inside && layer.isPresent() && !layer.get().overlapAllowed()) {
            work.lock();
            spans.findByDocumentIdAndAnnotatorIdAndLayerIdAndStartLessThanAndEndGreaterThan(document.id(),
                    work.annotator, layer.get().id(), draft.end(), draft.start()).stream()
                    .filter(other -> !other.getId().equals(spanId)).findFirst()
                    .ifPresent(other -> checks.problem("start", Message.of("annotation.refusal.overlap",
                            String.valueOf(other.getStart()), String.valueOf(other.getEnd()),
                            work.text().slice(other.getStart(), other.getEnd()), layer.get().name())));
        }
        return new Checked(checks, attributes);
    }

    private record Checked(AnnotationChecks checks, Map<String, Object> attributes) {
    }

    /**
     * What saves on one document load once, however many they are: the document, its project's layers, the
     * annotator's name, the text as the caller reads it with its code point index, the advisory lock of the overlap
     * rule and the work rules' check (which locks the caller's assignment until the transaction ends).
     */
    private final class Work {

        /** The document without its text: {@link #text()} reads it, when its index is not kept. */
        final DocumentToAnnotate document;
        final UUID annotator;
        private List<LayerSchema> layers;
        private CodePointText text;
        private String username;
        private boolean mayChange;
        private boolean locked;

        Work(DocumentToAnnotate document, UUID annotator) {
            this.document = document;
            this.annotator = annotator;
        }

        List<LayerSchema> layers() {
            if (layers == null) {
                layers = schema.layersOf(document);
            }
            return layers;
        }

        CodePointText text() {
            if (text == null) {
                text = readableText(document);
            }
            return text;
        }

        String username() {
            if (username == null) {
                // the caller's own work, as a rule: their name is the signed-in name, no look-up needed
                username = annotator.equals(caller()) ? currentUser.username().orElseThrow()
                        : AnnotationService.this.username(annotator);
            }
            return username;
        }

        void beforeChange() {
            if (!mayChange) {
                rules.beforeChange(document.id(), document.projectId());
                mayChange = true;
            }
        }

        void lock() {
            if (!locked) {
                lockAnnotatorsDocument(document.id(), annotator);
                locked = true;
            }
        }
    }

    /**
     * Texts as stored, indexed by code point, by SHA-256: saves on one article index its text once, not each time.
     * Bounded by code points (about six bytes each kept), not by a count of texts: 32 texts were too few for a team
     * working on more articles at once, whose saves then mostly re-read and re-indexed a text (load benchmark).
     */
    private static final long INDEXED_CODE_POINTS = 8_000_000;
    private final Cache<String, CodePointText> indexed = Caffeine.newBuilder().maximumWeight(INDEXED_CODE_POINTS)
            .weigher((String sha256, CodePointText text) -> text.length()).build();

    /**
     * The document's text as the caller reads it (masked in an outlet-blind project), indexed by code point; the
     * text is read from the database only when its index is not kept.
     */
    private CodePointText readableText(DocumentToAnnotate document) {
        String sha256 = document.textSha256();
        if (sha256 == null || corpus.outletBlinded(document)) {
            return new CodePointText(corpus.readableText(document)); // masked for this caller: not kept
        }
        CodePointText kept = indexed.getIfPresent(sha256);
        if (kept == null) {
            // read and indexed outside the map's lock: other saves go on meanwhile
            kept = new CodePointText(corpus.readableText(document));
            indexed.put(sha256, kept);
        }
        return kept;
    }

    /** Two tabs saving overlapping spans at the same moment take turns, so the overlap rule holds. */
    private void lockAnnotatorsDocument(UUID documentId, UUID annotator) {
        long key = documentId.getMostSignificantBits() ^ annotator.getLeastSignificantBits();
        jdbc.queryForList("select 1 from pg_advisory_xact_lock(?)", key);
    }

    /** On a new label, the values that still apply: those of attributes still asked for it. */
    private Map<String, Object> keptFor(Work work, UUID layerId, UUID labelId, Map<String, Object> values) {
        Optional<LayerSchema> layer = work.layers().stream()
                .filter(candidate -> candidate.id().equals(layerId)).findFirst();
        if (layer.isEmpty()) {
            return values;
        }
        Map<String, Object> kept = new LinkedHashMap<>(values);
        // dropping one value can end another's condition, so repeat until nothing more goes
        boolean dropped = true;
        while (dropped) {
            dropped = kept.keySet().removeIf(key -> layer.get().attributes().stream()
                    .filter(attribute -> attribute.id().toString().equals(key)).findFirst()
                    .map(attribute -> !AttributeRules.asked(layer.get(), attribute, labelId, kept)).orElse(false));
        }
        return kept;
    }

    private Map<String, Object> checkAnswer(Work work, UUID layerId, UUID labelId,
            Map<String, Object> attributes, AnnotationChecks checks) {
        Optional<LayerSchema> layer = checks.layer(work.layers(), layerId, LayerKind.DOCUMENT);
        if (layer.isEmpty()) {
            return Map.of();
        }
        checks.label(layer.get(), labelId);
        return checks.attributes(layer.get(), labelId, attributes);
    }

    /** The span already stored under this id when it is exactly the one asked for; refused when it is another. */
    private Optional<SpanAnnotation> storedSpan(UUID spanId, UUID documentId, UUID annotator, SpanDraft draft,
            Map<String, Object> attributes) {
        // history first: a concurrent create commits its row and its event together
        boolean known = history.knows(spanId);
        Optional<SpanAnnotation> stored = spans.findById(spanId);
        if (stored.isEmpty()) {
            refuseTakenId(spanId, exists("document_answer", spanId), known);
            return stored;
        }
        SpanAnnotation span = stored.get();
        if (!span.getDocumentId().equals(documentId) || !span.getAnnotatorId().equals(annotator)
                || !span.getLayerId().equals(draft.layer())
                || !sameContent(span, draft.label(), draft.start(), draft.end(), attributes)) {
            throw new AnnotationConflictException(Message.of("annotation.refusal.conflict.span-exists",
                    spanId.toString(), String.valueOf(span.getVersion())), spanId, span.getVersion());
        }
        return stored;
    }

    private Optional<DocumentAnswer> storedAnswer(UUID answerId, UUID documentId, UUID annotator, UUID layerId,
            UUID labelId, Map<String, Object> attributes) {
        boolean known = history.knows(answerId);
        Optional<DocumentAnswer> stored = answers.findById(answerId);
        if (stored.isEmpty()) {
            refuseTakenId(answerId, exists("span_annotation", answerId), known);
            answers.findByDocumentIdAndAnnotatorIdAndLayerIdAndLabelId(documentId, annotator, layerId, labelId)
                    .ifPresent(other -> {
                        throw new AnnotationConflictException(Message.of("annotation.refusal.conflict.answer-twice",
                                other.getId().toString(), String.valueOf(other.getVersion())), other.getId(),
                                other.getVersion());
                    });
            return stored;
        }
        DocumentAnswer answer = stored.get();
        if (!answer.getDocumentId().equals(documentId) || !answer.getAnnotatorId().equals(annotator)
                || !answer.getLayerId().equals(layerId) || !answer.getLabelId().equals(labelId)
                || !answer.getAttributes().equals(attributes)) {
            throw new AnnotationConflictException(Message.of("annotation.refusal.conflict.answer-exists",
                    answerId.toString(), String.valueOf(answer.getVersion())), answerId, answer.getVersion());
        }
        return stored;
    }

    /**
     * Whether the table has a row with this id. Plain SQL: the repositories' {@code existsById} builds and interprets
     * its query on every call, 5% of the server's time under the load benchmark for a check that almost never finds.
     */
    private boolean exists(String table, UUID id) {
        return jdbc.queryForObject("select exists (select 1 from " + table + " where id = ?)", Boolean.class, id);
    }

    /** An id held by the other kind of annotation, or by one that was deleted, is not reused. */
    private static void refuseTakenId(UUID id, boolean takenByOtherKind, boolean knownToHistory) {
        if (takenByOtherKind) {
            throw new AnnotationConflictException(Message.of("annotation.refusal.conflict.id-taken", id.toString()),
                    id, null);
        }
        if (knownToHistory) {
            throw new AnnotationConflictException(Message.of("annotation.refusal.conflict.deleted", id.toString()),
                    id, null);
        }
    }

    private static boolean sameContent(SpanAnnotation span, UUID label, Integer start, Integer end,
            Map<String, Object> attributes) {
        return span.getLabelId().equals(label) && Objects.equals(span.getStart(), start)
                && Objects.equals(span.getEnd(), end) && span.getAttributes().equals(attributes);
    }

    private static void requireVersion(boolean span, UUID id, long expected, long current) {
        if (expected != current) {
            throw stale(span, id, expected, current);
        }
    }

    /** @param span whether it is a span, else an answer */
    private static AnnotationConflictException stale(boolean span, UUID id, long expected, long current) {
        return new AnnotationConflictException(Message.of(span ? "annotation.refusal.conflict.span-stale"
                : "annotation.refusal.conflict.answer-stale", id.toString(), String.valueOf(expected),
                String.valueOf(current)), id, current);
    }

    private boolean callersOwn(SpanAnnotation span) {
        return span.getAnnotatorId().equals(caller());
    }

    private boolean callersOwn(DocumentAnswer answer) {
        return answer.getAnnotatorId().equals(caller());
    }

    private UUID caller() {
        return currentUser.id().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static Span view(SpanAnnotation span, Work work) {
        return view(span, work.username(), work.text());
    }

    private Span view(SpanAnnotation span) {
        return view(span, username(span.getAnnotatorId()),
                new CodePointText(corpus.readableText(corpus.document(span.getDocumentId()))));
    }

    private static Span view(SpanAnnotation span, String annotator, CodePointText text) {
        return new Span(span.getId(), span.getDocumentId(), annotator, span.getLayerId(), span.getLabelId(),
                span.getStart(), span.getEnd(), text.slice(span.getStart(), span.getEnd()), span.getAttributes(),
                span.getVersion());
    }

    private Answer view(DocumentAnswer answer) {
        return view(answer, username(answer.getAnnotatorId()));
    }

    private static Answer view(DocumentAnswer answer, String annotator) {
        return new Answer(answer.getId(), answer.getDocumentId(), annotator, answer.getLayerId(), answer.getLabelId(),
                answer.getAttributes(), answer.getVersion());
    }

    private String username(UUID userId) {
        return users.findById(userId).map(User::getUsername).orElse(null);
    }
}
