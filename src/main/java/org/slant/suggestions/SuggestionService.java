package org.slant.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.PreAnnotations;
import org.slant.annotation.PreAnnotations.PreAnnotation;
import org.slant.annotation.Saved;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.Suggestion;
import org.slant.annotation.Suggestions;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.StoryArticles;
import org.slant.corpus.StoryService;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.schema.AttributeType;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.schema.SchemaService;
import org.slant.stories.StoryPassages;
import org.slant.team.CurrentUser;
import org.slant.team.ProjectAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggestions of Slant's rules ({@link QuotationRule}, {@link NonEditorialRule}, {@link SharedPassageRule}) and
 * of the project's pre-annotations (spans imported as a named source's, {@link PreAnnotations}) for the caller on a
 * document, and the caller's decisions about them (docs/decisions/0023-suggestions.md,
 * docs/decisions/0025-pre-annotations.md). A rule proposes only for layers and labels the project's schema has,
 * found by the presets' names; nothing is stored until the annotator decides. Accepting makes the span through
 * {@link AnnotationService}, like any other.
 */
@Service
@Transactional
public class SuggestionService implements Suggestions {

    private static final Logger LOG = LoggerFactory.getLogger(SuggestionService.class);

    /** The sources in the order their proposals win when two propose the same span. */
    static final List<String> SOURCES = List.of(SharedPassageRule.SOURCE, QuotationRule.SOURCE,
            NonEditorialRule.SOURCE);
    /** Why a pre-annotation is proposed; the browser shows its source's name beside it. */
    static final String PRE_ANNOTATION_NOTE = "Imported as a suggestion";

    private final CorpusService corpus;
    private final StoryService stories;
    private final SchemaService schema;
    private final AnnotationService annotations;
    private final PreAnnotations preAnnotations;
    private final SuggestionDecisions decisions;
    private final StoryPassageCache passages;
    private final CurrentUser currentUser;
    private final ProjectAccess access;

    SuggestionService(CorpusService corpus, StoryService stories, SchemaService schema, AnnotationService annotations,
            PreAnnotations preAnnotations, SuggestionDecisions decisions, StoryPassageCache passages,
            CurrentUser currentUser, ProjectAccess access) {
        this.corpus = corpus;
        this.stories = stories;
        this.schema = schema;
        this.annotations = annotations;
        this.preAnnotations = preAnnotations;
        this.decisions = decisions;
        this.passages = passages;
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Suggestion> open(UUID documentId) {
        DocumentDetails document = corpus.readableDocument(documentId);
        List<Span> mine = annotations.annotationsOf(documentId, null).spans();
        List<LayerSchema> layers = schema.layers(document.projectId());
        Set<UUID> myIds = new HashSet<>();
        Set<Place> closed = new HashSet<>();
        for (Span span : mine) {
            myIds.add(span.id());
            closed.add(new Place(span.layer(), span.label(), span.start(), span.end()));
        }
        for (SuggestionDecisions.Decision decision : decisions.of(documentId, caller())) {
            // a rejection holds; an acceptance while the span it made is still there, wherever it was moved to
            if (!decision.accepted() || myIds.contains(decision.spanId())) {
                closed.add(new Place(decision.layer(), decision.label(), decision.start(), decision.end()));
            }
        }
        Map<Place, Suggestion> open = new LinkedHashMap<>();
        for (Suggestion suggestion : proposals(document, layers)) {
            Place place = Place.of(suggestion);
            if (!closed.contains(place) && !blockedByOverlap(suggestion, layers, mine)) {
                open.putIfAbsent(place, suggestion);
            }
        }
        List<Suggestion> sorted = new ArrayList<>(open.values());
        sorted.sort(Comparator.comparingInt(Suggestion::start).thenComparingInt(Suggestion::end)
                .thenComparingInt(suggestion -> layerPosition(layers, suggestion.layer())));
        return sorted;
    }

    @Override
    public Saved<Span> accept(UUID documentId, UUID spanId, Suggestion.Key key) {
        check(key);
        DocumentDetails document = corpus.readableDocument(documentId);
        Optional<Suggestion> proposed = proposed(document, key);
        if (proposed.isEmpty() && spanId != null) {
            // a retry after the proposal went (its source's input changed): the span it made answers it
            Optional<Span> made = decisions.acceptedSpan(documentId, caller(), key).filter(spanId::equals)
                    .flatMap(annotations::ownSpan);
            if (made.isPresent()) {
                return new Saved<>(made.get(), false);
            }
        }
        Suggestion suggestion = proposed.orElseThrow(() -> notProposed(key));
        Saved<Span> saved = annotations.createSpan(documentId, spanId, new SpanDraft(suggestion.layer(),
                suggestion.label(), suggestion.start(), suggestion.end(), suggestion.attributes()));
        decisions.decide(document.projectId(), documentId, caller(), key, true, saved.annotation().id());
        return saved;
    }

    @Override
    public void reject(UUID documentId, Suggestion.Key key) {
        check(key);
        DocumentDetails document = corpus.readableDocument(documentId);
        if (proposed(document, key).isEmpty()) {
            throw notProposed(key);
        }
        decisions.decide(document.projectId(), documentId, caller(), key, false, null);
    }

    @Override
    public void withdrawRejection(UUID documentId, Suggestion.Key key) {
        check(key);
        corpus.document(documentId);
        decisions.withdrawRejection(documentId, caller(), key);
    }

    /**
     * How many of each source's suggestions the project's annotators accepted and rejected, per layer and label, by
     * their latest decisions, with the totals of the pre-annotations; for the project's managers (the API).
     */
    @Transactional(readOnly = true)
    public List<DecisionCount> decisionCounts(UUID projectId) {
        access.requireManager(projectId);
        return counts(projectId);
    }

    /** The same counts for the project's page on suggestions: its managers' and curators'. */
    @Transactional(readOnly = true)
    public List<DecisionCount> sourceCounts(UUID projectId) {
        access.requireEveryonesWork(projectId);
        return counts(projectId);
    }

    /**
     * A source's suggestions and decisions on one label of a layer.
     *
     * @param accepted how many suggestions the annotators accepted (each annotator and document once)
     * @param rejected how many they rejected
     * @param preAnnotated whether the source has pre-annotations in the project (otherwise it is one of Slant's
     *     rules, or a source whose pre-annotations were deleted)
     * @param suggested the source's pre-annotations with this label; for a rule, whose proposals are computed and
     *     never stored, the decided ones (accepted plus rejected)
     * @param undecided pre-annotations no annotator has decided yet; null for a rule
     * @param acceptanceRate accepted of the decided, 0 to 1; null while none is decided
     */
    public record DecisionCount(String source, UUID layer, String layerName, UUID label, String labelName,
            long accepted, long rejected, boolean preAnnotated, long suggested, Long undecided,
            Double acceptanceRate) {
    }

    /**
     * How many pre-annotations each source has in the project, by name; for a manager about to delete a source's.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> preAnnotationSources(UUID projectId) {
        access.requireEveryonesWork(projectId);
        return preAnnotations.countsBySource(projectId);
    }

    /**
     * Deletes every pre-annotation of the source in the project (managers). Spans accepted from them stay the
     * annotators', and the decisions stay, so the counts of what was accepted and rejected remain.
     *
     * @return how many were deleted
     */
    public int deletePreAnnotations(UUID projectId, String source) {
        access.requireManager(projectId);
        return preAnnotations.deleteSource(projectId, source);
    }

    private List<DecisionCount> counts(UUID projectId) {
        List<LayerSchema> layers = schema.layers(projectId);
        Map<Tally, long[]> tallies = new LinkedHashMap<>();
        for (SuggestionDecisions.Count count : decisions.counts(projectId)) {
            long[] tally = tallies.computeIfAbsent(new Tally(count.source(), count.layer(), count.label()),
                    key -> new long[4]);
            tally[0] = count.accepted();
            tally[1] = count.rejected();
        }
        // a pre-annotation is decided once any annotator decided its place under its source; decisions are people's
        // work, so far fewer than a model's pre-annotations can be: those go by a batch at a time
        Set<SuggestionDecisions.Place> decided = decisions.decidedPlaces(projectId);
        preAnnotations.eachOfProject(projectId, row -> {
            long[] tally = tallies.computeIfAbsent(new Tally(row.source(), row.layerId(), row.labelId()),
                    key -> new long[4]);
            tally[2]++;
            if (!decided.contains(new SuggestionDecisions.Place(row.documentId(), row.source(), row.layerId(),
                    row.labelId(), row.start(), row.end()))) {
                tally[3]++;
            }
        });
        List<DecisionCount> counts = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            Optional<LayerSchema> layer = layers.stream().filter(candidate -> candidate.id().equals(key.layer()))
                    .findFirst();
            String label = layer.flatMap(found -> found.labels().stream()
                    .filter(candidate -> candidate.id().equals(key.label())).findFirst())
                    .map(LabelSchema::name).orElse(null);
            boolean preAnnotated = tally[2] > 0;
            long decidedCount = tally[0] + tally[1];
            counts.add(new DecisionCount(key.source(), key.layer(), layer.map(LayerSchema::name).orElse(null),
                    key.label(), label, tally[0], tally[1], preAnnotated, preAnnotated ? tally[2] : decidedCount,
                    preAnnotated ? tally[3] : null, decidedCount == 0 ? null : (double) tally[0] / decidedCount));
        });
        counts.sort(Comparator.comparing(DecisionCount::source)
                .thenComparingInt(count -> layerPosition(layers, count.layer()))
                .thenComparingInt(count -> labelPosition(layers, count.layer(), count.label())));
        return counts;
    }

    /** What the counts are grouped by. */
    private record Tally(String source, UUID layer, UUID label) {
    }

    private static int labelPosition(List<LayerSchema> layers, UUID layer, UUID label) {
        List<LabelSchema> labels = layers.stream().filter(candidate -> candidate.id().equals(layer)).findFirst()
                .map(LayerSchema::labels).orElse(List.of());
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).id().equals(label)) {
                return i;
            }
        }
        return labels.size();
    }

    /**
     * Every proposal of every source for the caller, before what they have and decided is taken off. A source that
     * fails on a text proposes nothing there (and says so in the log) rather than keep the annotator from working.
     */
    private List<Suggestion> proposals(DocumentDetails document, List<LayerSchema> layers) {
        String text = document.text();
        List<Suggestion> all = new ArrayList<>(sharedPassages(document));
        all.addAll(safely(QuotationRule.SOURCE, document, () -> named(QuotationRule.SOURCE, QuotationRule.LAYER,
                QuotationRule.propose(text), layers, text)));
        all.addAll(safely(NonEditorialRule.SOURCE, document, () -> named(NonEditorialRule.SOURCE,
                NonEditorialRule.LAYER, NonEditorialRule.propose(text), layers, text)));
        // last: where a rule proposes the same place, the rule's is the one shown
        all.addAll(preAnnotated(document, layers));
        return all;
    }

    /**
     * The document's pre-annotations, each a suggestion of its source, where its label is still one of a span layer
     * of the schema (deleting a label or layer deletes its pre-annotations; a layer can change kind) and it lies
     * within the text. The text is the one the caller reads: an outlet-blind project's masks keep the offsets.
     */
    private List<Suggestion> preAnnotated(DocumentDetails document, List<LayerSchema> layers) {
        List<PreAnnotation> rows = preAnnotations.ofDocument(document.id());
        if (rows.isEmpty()) {
            return List.of();
        }
        int[] codePoints = document.text().codePoints().toArray();
        List<Suggestion> suggested = new ArrayList<>();
        for (PreAnnotation row : rows) {
            Optional<LayerSchema> layer = layers.stream().filter(candidate -> candidate.kind() == LayerKind.SPAN
                    && candidate.id().equals(row.layerId())
                    && candidate.labels().stream().anyMatch(label -> label.id().equals(row.labelId()))).findFirst();
            if (layer.isPresent() && row.start() >= 0 && row.end() > row.start() && row.end() <= codePoints.length) {
                suggested.add(new Suggestion(row.source(), row.layerId(), row.labelId(), row.start(), row.end(),
                        new String(codePoints, row.start(), row.end() - row.start()),
                        attributesById(layer.get(), row.labelId(), row.attributes()), PRE_ANNOTATION_NOTE));
            }
        }
        return suggested;
    }

    private static List<Suggestion> safely(String source, DocumentDetails document, Supplier<List<Suggestion>> rule) {
        try {
            return rule.get();
        } catch (RuntimeException failed) {
            LOG.warn("Suggestions of '{}' failed on document {}; none of them are offered there", source,
                    document.id(), failed);
            return List.of();
        }
    }

    private Optional<Suggestion> proposed(DocumentDetails document, Suggestion.Key key) {
        List<LayerSchema> layers = schema.layers(document.projectId());
        // another source's name can only be a pre-annotation's: no need to run the rules
        List<Suggestion> candidates = SOURCES.contains(key.source()) ? proposals(document, layers)
                : preAnnotated(document, layers);
        return candidates.stream().filter(suggestion -> suggestion.key().equals(key)).findFirst();
    }

    /** The labels of the caller's spans in the story's other articles, where this one shares their passages. */
    private List<Suggestion> sharedPassages(DocumentDetails document) {
        // the story's other articles are what an outlet-blind project hides from its annotators
        if (document.storyId() == null || corpus.outletBlinded(document.projectId())) {
            return List.of();
        }
        StoryArticles story = stories.articles(document.storyId());
        List<SharedPassageRule.Labelled> labelled = new ArrayList<>();
        for (DocumentDetails article : story.articles()) {
            if (!article.id().equals(document.id())) {
                List<Span> spans = annotations.annotationsOf(article.id(), null).spans();
                if (!spans.isEmpty()) {
                    labelled.add(new SharedPassageRule.Labelled(article.id(), article.outlet(), article.text(),
                            spans));
                }
            }
        }
        if (labelled.isEmpty()) {
            return List.of();
        }
        return safely(SharedPassageRule.SOURCE, document, () -> SharedPassageRule.propose(document.id(),
                document.text(), passages.of(story).passages(), labelled));
    }

    /** A text rule's proposals with the project's ids, for the labels and attributes its schema has. */
    private static List<Suggestion> named(String source, String layerName, List<Proposal> proposals,
            List<LayerSchema> layers, String text) {
        Optional<LayerSchema> layer = layers.stream().filter(candidate -> candidate.kind() == LayerKind.SPAN
                && candidate.name().equalsIgnoreCase(layerName)).findFirst();
        if (layer.isEmpty() || proposals.isEmpty()) {
            return List.of();
        }
        int[] codePoints = text.codePoints().toArray();
        List<Suggestion> named = new ArrayList<>();
        for (Proposal proposal : proposals) {
            layer.get().labels().stream().filter(label -> label.name().equalsIgnoreCase(proposal.label()))
                    .findFirst().ifPresent(label -> named.add(new Suggestion(source, layer.get().id(), label.id(),
                            proposal.start(), proposal.end(), new String(codePoints, proposal.start(),
                                    proposal.end() - proposal.start()),
                            attributes(layer.get(), label.id(), proposal.attributes()), proposal.note())));
        }
        return named;
    }

    /**
     * The proposal's values for the attributes the layer has by those names for the label, where the value fits
     * the attribute's type (a choice among its options); a value asked only under a condition only when it holds.
     */
    private static Map<String, Object> attributes(LayerSchema layer, UUID label, Map<String, Object> byName) {
        Map<UUID, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> value : byName.entrySet()) {
            layer.attributes().stream()
                    .filter(attribute -> (attribute.labelId() == null || attribute.labelId().equals(label))
                            && attribute.name().equalsIgnoreCase(value.getKey()) && fits(attribute, value.getValue()))
                    .findFirst().ifPresent(attribute -> values.put(attribute.id(), value.getValue()));
        }
        return kept(layer, values);
    }

    /**
     * A pre-annotation's values, keyed by attribute id as a span's are, for the attributes the layer still has for
     * the label and that the value still fits (the schema may have changed since the import).
     */
    private static Map<String, Object> attributesById(LayerSchema layer, UUID label, Map<String, Object> byId) {
        Map<UUID, Object> values = new LinkedHashMap<>();
        for (AttributeSchema attribute : layer.attributes()) {
            Object value = byId.get(attribute.id().toString());
            if (value != null && (attribute.labelId() == null || attribute.labelId().equals(label))
                    && (fits(attribute, value) || fitsMany(attribute, value))) {
                values.put(attribute.id(), value);
            }
        }
        return kept(layer, values);
    }

    /** The values whose attribute is asked for: unconditionally, or under a condition the values meet. */
    private static Map<String, Object> kept(LayerSchema layer, Map<UUID, Object> values) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (AttributeSchema attribute : layer.attributes()) {
            if (values.containsKey(attribute.id()) && (attribute.condition() == null || Objects.equals(
                    String.valueOf(values.get(attribute.condition().attributeId())),
                    attribute.condition().value()))) {
                kept.put(attribute.id().toString(), values.get(attribute.id()));
            }
        }
        return kept;
    }

    private static boolean fits(AttributeSchema attribute, Object value) {
        return switch (attribute.type()) {
            case CHOICE -> value instanceof String choice && attribute.options().contains(choice);
            case BOOLEAN -> value instanceof Boolean;
            case TEXT, ENTITY -> value instanceof String text && !text.isBlank();
            case MULTI_CHOICE -> false;
        };
    }

    /** A multiple choice's value: some of its options (which the rules never propose, and imports may carry). */
    private static boolean fitsMany(AttributeSchema attribute, Object value) {
        return attribute.type() == AttributeType.MULTI_CHOICE && value instanceof List<?> choices
                && !choices.isEmpty() && choices.stream().allMatch(attribute.options()::contains);
    }

    /** In a layer that allows no overlap, a proposal over one of the caller's spans could not be accepted. */
    private static boolean blockedByOverlap(Suggestion suggestion, List<LayerSchema> layers, List<Span> mine) {
        boolean overlapAllowed = layers.stream().filter(layer -> layer.id().equals(suggestion.layer()))
                .findFirst().map(LayerSchema::overlapAllowed).orElse(true);
        return !overlapAllowed && mine.stream().anyMatch(span -> span.layer().equals(suggestion.layer())
                && span.start() < suggestion.end() && span.end() > suggestion.start());
    }

    private static int layerPosition(List<LayerSchema> layers, UUID layer) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).id().equals(layer)) {
                return i;
            }
        }
        return layers.size();
    }

    /** The fields an accept or reject must carry, each named when missing or wrong. */
    private static void check(Suggestion.Key key) {
        List<Problem> problems = new ArrayList<>();
        if (key.source() == null || key.source().isBlank()) {
            problems.add(Problem.of("source", Message.of("suggestions.refusal.source-required")));
        }
        if (key.layer() == null) {
            problems.add(Problem.of("layer", Message.of("suggestions.refusal.layer-required")));
        }
        if (key.label() == null) {
            problems.add(Problem.of("label", Message.of("suggestions.refusal.label-required")));
        }
        if (key.start() == null) {
            problems.add(Problem.of("start", Message.of("suggestions.refusal.start-required")));
        } else if (key.start() < 0) {
            problems.add(Problem.of("start", Message.of("suggestions.refusal.start-negative",
                    String.valueOf(key.start()))));
        }
        if (key.end() == null) {
            problems.add(Problem.of("end", Message.of("suggestions.refusal.end-required")));
        } else if (key.start() != null && key.end() <= key.start()) {
            problems.add(Problem.of("end", Message.of("suggestions.refusal.end-before-start",
                    String.valueOf(key.end()))));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("suggestions.refusal.not-decided"), problems);
        }
    }

    private static InvalidInputException notProposed(Suggestion.Key key) {
        String start = String.valueOf(key.start());
        String end = String.valueOf(key.end());
        return InvalidInputException.of("suggestion", SOURCES.contains(key.source().toLowerCase(Locale.ROOT))
                ? Message.of("suggestions.refusal.not-proposed", key.source(), start, end)
                : Message.of("suggestions.refusal.not-proposed-sources", key.source(), start, end,
                        String.join(", ", SOURCES)));
    }

    private UUID caller() {
        return currentUser.id().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /** Where a span is: proposals and spans at the same place, with the same label, are the same span. */
    private record Place(UUID layer, UUID label, int start, int end) {

        static Place of(Suggestion suggestion) {
            return new Place(suggestion.layer(), suggestion.label(), suggestion.start(), suggestion.end());
        }
    }
}
