package org.slant.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slant.annotation.AnnotationChecks;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.CodePointText;
import org.slant.annotation.Saved;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.query.AnnotatorsWork;
import org.slant.annotation.query.AnnotatorsWork.AnnotatedAnswer;
import org.slant.annotation.query.AnnotatorsWork.AnnotatedSpan;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's gold: read, made, changed and deleted by its project's curators and managers, never touching the
 * annotators' own work. Every change is checked by the annotators' rules (text, schema, the layer's overlap rule),
 * guarded by a version against stale edits, idempotent by id, and recorded in the gold history with its origin.
 */
@Service
@Transactional
public class GoldService {

    private static final Message SPAN_NOT_SAVED = Message.of("curation.refusal.span-not-saved");
    private static final Message ANSWER_NOT_SAVED = Message.of("curation.refusal.answer-not-saved");

    private final GoldSpanRepository spans;
    private final GoldAnswerRepository answers;
    private final GoldHistory history;
    private final CurationStates states;
    private final CorpusService corpus;
    private final SchemaService schema;
    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final AnnotatorsWork work;
    private final UserRepository users;

    GoldService(GoldSpanRepository spans, GoldAnswerRepository answers, GoldHistory history, CurationStates states,
            CorpusService corpus, SchemaService schema, CurrentUser currentUser, ProjectAccess access,
            AnnotatorsWork work, UserRepository users) {
        this.spans = spans;
        this.answers = answers;
        this.history = history;
        this.states = states;
        this.corpus = corpus;
        this.schema = schema;
        this.currentUser = currentUser;
        this.access = access;
        this.work = work;
        this.users = users;
    }

    /** The document's gold; for its project's curators and managers (annotators 403, outsiders 404). */
    @Transactional(readOnly = true)
    public DocumentGold goldOf(UUID documentId) {
        DocumentDetails document = curatable(documentId);
        CodePointText text = new CodePointText(document.text());
        return new DocumentGold(states.of(documentId),
                spans.findByDocumentIdOrderByStartAscEndAsc(documentId).stream().map(span -> view(span, text))
                        .toList(),
                answers.findByDocumentId(documentId).stream().map(GoldService::view).toList());
    }

    /** A gold span as stored now; empty when it does not exist (any more). */
    @Transactional(readOnly = true)
    public Optional<GoldSpan> goldSpan(UUID goldId) {
        return spans.findById(goldId).map(span -> view(span, new CodePointText(curatable(span.getDocumentId())
                .text())));
    }

    /** Where the document's curation stands; for its project's curators and managers. */
    @Transactional(readOnly = true)
    public CurationStatus statusOf(UUID documentId) {
        curatable(documentId);
        return states.of(documentId);
    }

    /** The next document of the project, in corpus order, that is not yet curated. */
    @Transactional(readOnly = true)
    public Optional<UUID> nextToCurate(UUID documentId) {
        DocumentDetails document = curatable(documentId);
        return states.nextNotCurated(document.projectId(), document.position());
    }

    /** The kind of the layer, when it is one of the document's project; tells spans from answers. */
    @Transactional(readOnly = true)
    public Optional<LayerKind> layerKind(UUID documentId, UUID layerId) {
        DocumentDetails document = curatable(documentId);
        return schema.layers(document.projectId()).stream().filter(layer -> layer.id().equals(layerId))
                .map(LayerSchema::kind).findFirst();
    }

    /** Whether a gold id is a span (SPAN) or an answer (DOCUMENT). */
    @Transactional(readOnly = true)
    public LayerKind kindOf(UUID goldId) {
        if (spans.existsById(goldId)) {
            return LayerKind.SPAN;
        }
        if (answers.existsById(goldId)) {
            return LayerKind.DOCUMENT;
        }
        throw new NotFoundException("Gold", goldId);
    }

    /** A curator's own gold span. With an id, a retry of the same create answers the stored span (not created). */
    public Saved<GoldSpan> createSpan(UUID documentId, UUID id, SpanDraft draft) {
        DocumentDetails document = curatable(documentId);
        return insertSpan(document, id == null ? UUID.randomUUID() : id, draft, GoldSource.CURATOR, false);
    }

    /** Changes a gold span if it still has {@code version}; null fields keep their value. */
    public GoldSpan updateSpan(UUID goldId, long version, SpanDraft draft) {
        lockDocumentOf(goldId);
        StoredGoldSpan span = spans.findForChange(goldId).orElseThrow(() -> new NotFoundException("Gold span", goldId));
        DocumentDetails document = curatable(span.getDocumentId());
        UUID label = or(draft.label(), span.getLabelId());
        SpanDraft wanted = new SpanDraft(span.getLayerId(), label, or(draft.start(), span.getStart()),
                or(draft.end(), span.getEnd()), draft.attributes() != null ? draft.attributes()
                        : draft.label() == null || draft.label().equals(span.getLabelId()) ? span.getAttributes()
                                : Map.of());
        AnnotationChecks checks = new AnnotationChecks();
        List<Problem> goldProblems = new ArrayList<>();
        Map<String, Object> attributes = checkSpan(document, wanted, checks);
        if (draft.layer() != null && !draft.layer().equals(span.getLayerId())) {
            goldProblems.add(Problem.of("layer", Message.of("curation.refusal.span-stays-in-layer")));
        }
        boolean unchanged = span.getLabelId().equals(label) && span.getStart() == wanted.start()
                && span.getEnd() == wanted.end() && span.getAttributes().equals(attributes);
        if (span.getVersion() != version && !unchanged) {
            throw stale("span", goldId, version, span.getVersion());
        }
        refuseIfAny(checks, goldProblems, SPAN_NOT_SAVED);
        if (!unchanged) {
            states.beforeChange(document.projectId(), document.id(), caller());
            refuseOverlap(document, wanted, goldId, goldProblems);
            refuseIfAny(checks, goldProblems, SPAN_NOT_SAVED);
            String before = history.snapshot(GoldTable.SPANS, goldId);
            span.change(label, wanted.start(), wanted.end(), attributes);
            spans.saveAndFlush(span);
            history.updated(GoldTable.SPANS, goldId, before, caller(), GoldOrigin.CURATOR);
        }
        return view(span, new CodePointText(document.text()));
    }

    /** A curator's own gold answer; one per document, layer and label. */
    public Saved<GoldAnswer> createAnswer(UUID documentId, UUID id, AnswerDraft draft) {
        DocumentDetails document = curatable(documentId);
        return insertAnswer(document, id == null ? UUID.randomUUID() : id, draft, GoldSource.CURATOR, false);
    }

    /** Changes a gold answer if it still has {@code version}; null fields keep their value. */
    public GoldAnswer updateAnswer(UUID goldId, long version, AnswerDraft draft) {
        lockDocumentOf(goldId);
        StoredGoldAnswer answer = answers.findForChange(goldId)
                .orElseThrow(() -> new NotFoundException("Gold answer", goldId));
        DocumentDetails document = curatable(answer.getDocumentId());
        UUID label = or(draft.label(), answer.getLabelId());
        AnnotationChecks checks = new AnnotationChecks();
        List<Problem> goldProblems = new ArrayList<>();
        Map<String, Object> attributes = checkAnswer(document, answer.getLayerId(), label,
                draft.attributes() != null ? draft.attributes()
                        : label.equals(answer.getLabelId()) ? answer.getAttributes() : Map.of(), checks);
        if (draft.layer() != null && !draft.layer().equals(answer.getLayerId())) {
            goldProblems.add(Problem.of("layer", Message.of("curation.refusal.answer-stays-in-layer")));
        }
        boolean unchanged = answer.getLabelId().equals(label) && answer.getAttributes().equals(attributes);
        if (answer.getVersion() != version && !unchanged) {
            throw stale("answer", goldId, version, answer.getVersion());
        }
        if (!unchanged) {
            answers.findByDocumentIdAndLayerIdAndLabelId(answer.getDocumentId(), answer.getLayerId(), label)
                    .filter(other -> !other.getId().equals(goldId))
                    .ifPresent(other -> goldProblems.add(Problem.of("label", Message.of(
                            "curation.refusal.answer-given", String.valueOf(other.getId())))));
        }
        refuseIfAny(checks, goldProblems, ANSWER_NOT_SAVED);
        if (!unchanged) {
            states.beforeChange(document.projectId(), document.id(), caller());
            String before = history.snapshot(GoldTable.ANSWERS, goldId);
            answer.change(label, attributes);
            answers.saveAndFlush(answer);
            history.updated(GoldTable.ANSWERS, goldId, before, caller(), GoldOrigin.CURATOR);
        }
        return view(answer);
    }

    /** Deletes a gold span or answer at {@code version}; deleting it again does nothing; an unknown id is 404. */
    public void delete(UUID goldId, long version) {
        lockDocumentOf(goldId);
        Optional<StoredGoldSpan> span = spans.findForChange(goldId);
        if (span.isPresent()) {
            DocumentDetails document = curatable(span.get().getDocumentId());
            requireVersion("span", goldId, version, span.get().getVersion());
            states.beforeChange(document.projectId(), document.id(), caller());
            history.deleting(GoldTable.SPANS, goldId, caller(), GoldOrigin.CURATOR, null);
            spans.delete(span.get());
            spans.flush();
            return;
        }
        Optional<StoredGoldAnswer> answer = answers.findForChange(goldId);
        if (answer.isPresent()) {
            DocumentDetails document = curatable(answer.get().getDocumentId());
            requireVersion("answer", goldId, version, answer.get().getVersion());
            states.beforeChange(document.projectId(), document.id(), caller());
            history.deleting(GoldTable.ANSWERS, goldId, caller(), GoldOrigin.CURATOR, null);
            answers.delete(answer.get());
            answers.flush();
            return;
        }
        if (!history.knows(goldId)) {
            throw new NotFoundException("Gold", goldId);
        }
    }

    /**
     * Accepts an annotator's span or answer into gold, as it is. Already in gold (same layer, label and offsets):
     * nothing new, though differing attribute values become the annotator's. {@code replacing} first removes the gold
     * it would clash with: gold spans of the layer that overlap it, or the layer's other gold answers; without it a
     * clash with a layer that forbids overlaps is refused, naming the gold span in the way.
     *
     * @param goldId the id the new gold gets, so that a retried accept is not stored twice; null for a new one
     */
    public Accepted accept(UUID documentId, UUID annotationId, UUID goldId, boolean replacing) {
        Optional<AnnotatedSpan> span = work.span(annotationId)
                .filter(found -> documentId == null || found.documentId().equals(documentId));
        if (span.isPresent()) {
            AnnotatedSpan theirs = span.get();
            DocumentDetails document = curatable(theirs.documentId());
            GoldSource source = GoldSource.accepted(username(theirs.annotatorId()), theirs.id());
            SpanDraft draft = new SpanDraft(theirs.layerId(), theirs.labelId(), theirs.start(), theirs.end(),
                    theirs.attributes());
            Optional<StoredGoldSpan> same = spans.findByDocumentIdOrderByStartAscEndAsc(document.id()).stream()
                    .filter(gold -> gold.getLayerId().equals(theirs.layerId())
                            && gold.getLabelId().equals(theirs.labelId()) && gold.getStart() == theirs.start()
                            && gold.getEnd() == theirs.end())
                    .findFirst();
            List<UUID> replaced = new ArrayList<>();
            if (same.isPresent() && (goldId == null || !goldId.equals(same.get().getId()))) {
                if (replacing) {
                    replaced.addAll(removeOverlapping(document, draft, same.get().getId(), source));
                }
                return new Accepted(adoptAttributes(document, same.get(), theirs.attributes(), source), null,
                        false, replaced);
            }
            if (replacing) {
                replaced.addAll(removeOverlapping(document, draft, goldId, source));
            }
            Saved<GoldSpan> saved = insertSpan(document, goldId == null ? UUID.randomUUID() : goldId, draft, source,
                    false);
            return new Accepted(saved.annotation(), null, saved.created(), replaced);
        }
        AnnotatedAnswer theirs = work.answer(annotationId)
                .filter(found -> documentId == null || found.documentId().equals(documentId))
                .orElseThrow(() -> new NotFoundException("Annotation", annotationId));
        DocumentDetails document = curatable(theirs.documentId());
        GoldSource source = GoldSource.accepted(username(theirs.annotatorId()), theirs.id());
        List<UUID> replaced = new ArrayList<>();
        if (replacing) {
            for (StoredGoldAnswer other : answers.findByDocumentId(document.id())) {
                if (other.getLayerId().equals(theirs.layerId()) && !other.getLabelId().equals(theirs.labelId())) {
                    states.beforeChange(document.projectId(), document.id(), caller());
                    history.deleting(GoldTable.ANSWERS, other.getId(), caller(), GoldOrigin.ACCEPTED,
                            "replaced by " + source.detail() + "'s answer");
                    answers.delete(other);
                    answers.flush();
                    replaced.add(other.getId());
                }
            }
        }
        Optional<StoredGoldAnswer> same = answers.findByDocumentIdAndLayerIdAndLabelId(document.id(),
                theirs.layerId(), theirs.labelId());
        if (same.isPresent() && (goldId == null || !goldId.equals(same.get().getId()))) {
            StoredGoldAnswer gold = same.get();
            if (!gold.getAttributes().equals(theirs.attributes())) {
                states.beforeChange(document.projectId(), document.id(), caller());
                String before = history.snapshot(GoldTable.ANSWERS, gold.getId());
                gold.change(gold.getLabelId(), checkAnswer(document, theirs.layerId(), theirs.labelId(),
                        theirs.attributes(), new AnnotationChecks()));
                answers.saveAndFlush(gold);
                history.updated(GoldTable.ANSWERS, gold.getId(), before, caller(), GoldOrigin.ACCEPTED);
            }
            return new Accepted(null, view(gold), false, replaced);
        }
        Saved<GoldAnswer> saved = insertAnswer(document, goldId == null ? UUID.randomUUID() : goldId,
                new AnswerDraft(theirs.layerId(), theirs.labelId(), theirs.attributes()), source, false);
        return new Accepted(null, saved.annotation(), saved.created(), replaced);
    }

    /**
     * Accepts everything one annotator did on the document (in one layer, or all when {@code layerId} is null).
     * What clashes with gold already there (an overlap in a layer that forbids it) is left and listed.
     */
    public AcceptedAll acceptAll(UUID documentId, String annotator, UUID layerId) {
        DocumentDetails document = curatable(documentId);
        AnnotatorsWork.WorkOnDocument theirs = work.onDocument(documentId).stream()
                .filter(one -> one.username().equals(annotator)).findFirst()
                .orElseThrow(() -> new NotFoundException("Annotator's work on this document", annotator));
        int accepted = 0;
        int already = 0;
        List<String> left = new ArrayList<>();
        CodePointText text = new CodePointText(document.text());
        for (AnnotatedSpan span : theirs.spans()) {
            if (layerId != null && !layerId.equals(span.layerId())) {
                continue;
            }
            try {
                Accepted one = accept(documentId, span.id(), null, false);
                accepted += one.created() ? 1 : 0;
                already += one.created() ? 0 : 1;
            } catch (InvalidInputException clash) {
                left.add(span.start() + ".." + span.end() + " '" + text.slice(span.start(), span.end()) + "': "
                        + clash.getMessage());
            }
        }
        for (AnnotatedAnswer answer : theirs.answers()) {
            if (layerId == null || layerId.equals(answer.layerId())) {
                Accepted one = accept(documentId, answer.id(), null, false);
                accepted += one.created() ? 1 : 0;
                already += one.created() ? 0 : 1;
            }
        }
        return new AcceptedAll(accepted, already, left);
    }

    /** Marks the document curated: its gold becomes read-only until reopened. */
    public CurationStatus markCurated(UUID documentId) {
        return setStatus(documentId, CurationStatus.CURATED);
    }

    /** Reopens a curated document's gold for changes. */
    public CurationStatus reopen(UUID documentId) {
        DocumentDetails document = curatable(documentId);
        states.lock(documentId);
        return states.of(documentId) == CurationStatus.CURATED ? setStatus(documentId, CurationStatus.IN_PROGRESS)
                : states.of(document.id());
    }

    /** The document's gold history, oldest first. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> historyOf(UUID documentId) {
        curatable(documentId);
        return history.eventsOf(documentId);
    }

    private CurationStatus setStatus(UUID documentId, CurationStatus status) {
        DocumentDetails document = curatable(documentId);
        if (states.set(document.projectId(), documentId, caller(), status)) {
            history.statusChanged(document.projectId(), documentId, caller(), status);
        }
        return status;
    }

    /** Inserts a gold span, or answers the stored one when a retry with the same id finds the same content. */
    Saved<GoldSpan> insertSpan(DocumentDetails document, UUID goldId, SpanDraft draft, GoldSource source,
            boolean fromRule) {
        AnnotationChecks checks = new AnnotationChecks();
        Map<String, Object> attributes = checkSpan(document, draft, checks);
        refuseIfAny(checks, List.of(), SPAN_NOT_SAVED);
        CodePointText text = new CodePointText(document.text());
        Optional<StoredGoldSpan> stored = spans.findById(goldId);
        if (stored.isPresent()) {
            StoredGoldSpan span = stored.get();
            if (span.getDocumentId().equals(document.id()) && span.getLayerId().equals(draft.layer())
                    && span.getLabelId().equals(draft.label()) && span.getStart() == draft.start()
                    && span.getEnd() == draft.end() && span.getAttributes().equals(attributes)) {
                return new Saved<>(view(span, text), false);
            }
            throw new GoldConflictException(Message.of("curation.refusal.span-exists", String.valueOf(goldId),
                    String.valueOf(span.getVersion())), goldId, span.getVersion());
        }
        refuseTakenId(goldId);
        UUID actor = fromRule ? null : caller();
        states.beforeChange(document.projectId(), document.id(), actor);
        List<Problem> overlaps = new ArrayList<>();
        refuseOverlap(document, draft, goldId, overlaps);
        refuseIfAny(checks, overlaps, SPAN_NOT_SAVED);
        StoredGoldSpan span = spans.saveAndFlush(new StoredGoldSpan(goldId, document.id(), draft.layer(),
                draft.label(), draft.start(), draft.end(), attributes, source));
        history.created(GoldTable.SPANS, goldId, actor, source.origin());
        return new Saved<>(view(span, text), true);
    }

    Saved<GoldAnswer> insertAnswer(DocumentDetails document, UUID goldId, AnswerDraft draft, GoldSource source,
            boolean fromRule) {
        AnnotationChecks checks = new AnnotationChecks();
        Map<String, Object> attributes = checkAnswer(document, draft.layer(), draft.label(), draft.attributes(),
                checks);
        refuseIfAny(checks, List.of(), ANSWER_NOT_SAVED);
        Optional<StoredGoldAnswer> stored = answers.findById(goldId);
        if (stored.isPresent()) {
            StoredGoldAnswer answer = stored.get();
            if (answer.getDocumentId().equals(document.id()) && answer.getLayerId().equals(draft.layer())
                    && answer.getLabelId().equals(draft.label()) && answer.getAttributes().equals(attributes)) {
                return new Saved<>(view(answer), false);
            }
            throw new GoldConflictException(Message.of("curation.refusal.answer-exists", String.valueOf(goldId),
                    String.valueOf(answer.getVersion())), goldId, answer.getVersion());
        }
        refuseTakenId(goldId);
        UUID actor = fromRule ? null : caller();
        states.beforeChange(document.projectId(), document.id(), actor);
        answers.findByDocumentIdAndLayerIdAndLabelId(document.id(), draft.layer(), draft.label()).ifPresent(other -> {
            throw new GoldConflictException(Message.of("curation.refusal.answer-exists-as",
                    String.valueOf(other.getId()), String.valueOf(other.getVersion())), other.getId(),
                    other.getVersion());
        });
        StoredGoldAnswer answer = answers.saveAndFlush(new StoredGoldAnswer(goldId, document.id(), draft.layer(),
                draft.label(), attributes, source));
        history.created(GoldTable.ANSWERS, goldId, actor, source.origin());
        return new Saved<>(view(answer), true);
    }

    private GoldSpan adoptAttributes(DocumentDetails document, StoredGoldSpan gold, Map<String, Object> values,
            GoldSource source) {
        if (!gold.getAttributes().equals(values)) {
            AnnotationChecks checks = new AnnotationChecks();
            Map<String, Object> attributes = checkSpan(document, new SpanDraft(gold.getLayerId(), gold.getLabelId(),
                    gold.getStart(), gold.getEnd(), values), checks);
            refuseIfAny(checks, List.of(), SPAN_NOT_SAVED);
            states.beforeChange(document.projectId(), document.id(), caller());
            String before = history.snapshot(GoldTable.SPANS, gold.getId());
            gold.change(gold.getLabelId(), gold.getStart(), gold.getEnd(), attributes);
            spans.saveAndFlush(gold);
            history.updated(GoldTable.SPANS, gold.getId(), before, caller(), source.origin());
        }
        return view(gold, new CodePointText(document.text()));
    }

    /**
     * Takes the gold lock of the gold's document before its row's lock: a merge holds document locks while it
     * removes rows, so the other order could deadlock with it.
     */
    private void lockDocumentOf(UUID goldId) {
        spans.documentOf(goldId).or(() -> answers.documentOf(goldId)).ifPresent(states::lock);
    }

    private List<UUID> removeOverlapping(DocumentDetails document, SpanDraft draft, UUID keep, GoldSource source) {
        List<UUID> removed = new ArrayList<>();
        for (StoredGoldSpan other : spans.findByDocumentIdAndLayerIdAndStartLessThanAndEndGreaterThan(document.id(),
                draft.layer(), draft.end(), draft.start())) {
            if (!other.getId().equals(keep)) {
                states.beforeChange(document.projectId(), document.id(), caller());
                history.deleting(GoldTable.SPANS, other.getId(), caller(), source.origin(),
                        "replaced by " + source.detail() + "'s span");
                spans.delete(other);
                spans.flush();
                removed.add(other.getId());
            }
        }
        return removed;
    }

    private Map<String, Object> checkSpan(DocumentDetails document, SpanDraft draft, AnnotationChecks checks) {
        Optional<LayerSchema> layer = checks.layer(schema.layers(document.projectId()), draft.layer(),
                LayerKind.SPAN);
        Map<String, Object> attributes = Map.of();
        if (layer.isPresent()) {
            checks.label(layer.get(), draft.label());
            attributes = checks.attributes(layer.get(), draft.label(), draft.attributes());
        }
        checks.offsets(draft.start(), draft.end(), document.codePoints());
        return attributes;
    }

    /** In a layer that forbids overlapping spans, a gold span may not overlap another gold span (under the lock). */
    private void refuseOverlap(DocumentDetails document, SpanDraft draft, UUID goldId, List<Problem> problems) {
        schema.layers(document.projectId()).stream().filter(layer -> layer.id().equals(draft.layer())
                && !layer.overlapAllowed()).findFirst().ifPresent(layer -> {
                    CodePointText text = new CodePointText(document.text());
                    spans.findByDocumentIdAndLayerIdAndStartLessThanAndEndGreaterThan(document.id(), layer.id(),
                            draft.end(), draft.start()).stream().filter(other -> !other.getId().equals(goldId))
                            .findFirst().ifPresent(other -> problems.add(Problem.of("start", Message.of(
                                    "curation.refusal.overlap", String.valueOf(other.getStart()),
                                    String.valueOf(other.getEnd()), text.slice(other.getStart(), other.getEnd()),
                                    layer.name()))));
                });
    }

    private Map<String, Object> checkAnswer(DocumentDetails document, UUID layerId, UUID labelId,
            Map<String, Object> attributes, AnnotationChecks checks) {
        Optional<LayerSchema> layer = checks.layer(schema.layers(document.projectId()), layerId, LayerKind.DOCUMENT);
        if (layer.isEmpty()) {
            return Map.of();
        }
        checks.label(layer.get(), labelId);
        return checks.attributes(layer.get(), labelId, attributes);
    }

    private void refuseTakenId(UUID goldId) {
        if (spans.existsById(goldId) || answers.existsById(goldId)) {
            throw new GoldConflictException(Message.of("curation.refusal.id-taken", String.valueOf(goldId)), goldId,
                    null);
        }
        if (history.knows(goldId)) {
            throw new GoldConflictException(Message.of("curation.refusal.deleted", String.valueOf(goldId)), goldId,
                    null);
        }
    }

    /** The document, when the caller curates its project. */
    private DocumentDetails curatable(UUID documentId) {
        DocumentDetails document = corpus.document(documentId);
        access.requireEveryonesWork(document.projectId());
        return document;
    }

    private String username(UUID userId) {
        return users.findById(userId).map(User::getUsername).orElse(null);
    }

    private UUID caller() {
        return currentUser.id().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /** @param what "span" or "answer" */
    private static void requireVersion(String what, UUID id, long expected, long current) {
        if (expected != current) {
            throw stale(what, id, expected, current);
        }
    }

    /** @param what "span" or "answer" */
    private static GoldConflictException stale(String what, UUID id, long expected, long current) {
        return new GoldConflictException(Message.of("curation.refusal.stale." + what, String.valueOf(id),
                String.valueOf(expected), String.valueOf(current)), id, current);
    }

    /**
     * Refuses the gold change when anything is wrong with it: what the annotation rules found ({@code checks}), then
     * gold's own problems, all under the summary.
     */
    private static void refuseIfAny(AnnotationChecks checks, List<Problem> goldProblems, Message summary) {
        List<Problem> problems = new ArrayList<>();
        try {
            checks.throwIfAny(summary.english());
        } catch (InvalidInputException found) {
            problems.addAll(found.problems());
        }
        problems.addAll(goldProblems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(summary, problems);
        }
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    static GoldSpan view(StoredGoldSpan span, CodePointText text) {
        return new GoldSpan(span.getId(), span.getDocumentId(), span.getLayerId(), span.getLabelId(), span.getStart(),
                span.getEnd(), text.slice(span.getStart(), span.getEnd()), span.getAttributes(), span.getVersion(),
                span.getOrigin(), span.getOriginDetail(), span.getSourceId(), span.isPersonMade());
    }

    static GoldAnswer view(StoredGoldAnswer answer) {
        return new GoldAnswer(answer.getId(), answer.getDocumentId(), answer.getLayerId(), answer.getLabelId(),
                answer.getAttributes(), answer.getVersion(), answer.getOrigin(), answer.getOriginDetail(),
                answer.getSourceId(), answer.isPersonMade());
    }

    /**
     * The outcome of accepting one annotator's span or answer.
     *
     * @param span the gold span, when a span was accepted
     * @param answer the gold answer, when an answer was accepted
     * @param created false when gold already held it
     * @param replaced the gold ids removed to make room (with {@code replacing})
     */
    public record Accepted(GoldSpan span, GoldAnswer answer, boolean created, List<UUID> replaced) {
    }

    /**
     * The outcome of accepting everything one annotator did on a document.
     *
     * @param left what could not go into gold, each with the reason
     */
    public record AcceptedAll(int accepted, int alreadyInGold, List<String> left) {
    }
}
