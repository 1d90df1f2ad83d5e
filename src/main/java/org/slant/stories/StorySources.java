package org.slant.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slant.annotation.query.AnnotatorsWork;
import org.slant.annotation.query.AnnotatorsWork.WorkOnDocument;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.DocumentFilter;
import org.slant.corpus.DocumentSummary;
import org.slant.corpus.Story;
import org.slant.curation.CurationStatus;
import org.slant.curation.query.GoldCursor;
import org.slant.curation.query.GoldOnDocument;
import org.slant.curation.query.GoldWork;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.schema.SchemaPreset;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.stories.SourcesCompared.Article;
import org.slant.stories.SourcesCompared.OutletColumn;
import org.slant.stories.SourcesTally.ArticleWork;
import org.slant.stories.SourcesTally.Mark;
import org.slant.team.CurrentUser;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A story's outlets compared by their sourcing, framing, tone and text hygiene (docs/story-view.md, "Sources
 * compared"), from the annotators' spans or from gold. The layers are found by the names the presets give them
 * (sourcing's Attribution with Source, Cue and Content; framing's Frame, tone's Tone, text hygiene's Non-editorial),
 * in any case; a project without one is told so in {@link SourcesCompared#notes()}.
 * <p>
 * Who may ask: the members of the story's project who see everyone's work (managers, curators) and system admins
 * compare by anyone's work or gold; an annotator only by their own ({@code annotator} = themselves), whether or not
 * the project is blind. To others the story does not exist (404).
 */
@Service
@Transactional(readOnly = true)
public class StorySources {

    /** Gold being curated counts, as well as gold marked curated; each article says which it has. */
    static final Set<CurationStatus> GOLD_STATUSES = EnumSet.of(CurationStatus.IN_PROGRESS, CurationStatus.CURATED);

    private static final int DOCUMENTS_PER_PAGE = 200;
    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    private final CorpusService corpus;
    private final SchemaService schema;
    private final AnnotatorsWork annotatorsWork;
    private final GoldWork goldWork;
    private final Memberships memberships;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    StorySources(CorpusService corpus, SchemaService schema, AnnotatorsWork annotatorsWork, GoldWork goldWork,
            Memberships memberships, CurrentUser currentUser, JsonMapper json) {
        this.corpus = corpus;
        this.schema = schema;
        this.annotatorsWork = annotatorsWork;
        this.goldWork = goldWork;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.json = json;
    }

    /**
     * The story's outlets compared. Checks, in order: the story (404), the parameters (400: {@code annotator} with
     * gold), who may ask (403), the annotator named (400 when not a member of the project). One snapshot of the
     * database, so that the tables agree with each other while people go on working.
     *
     * @param annotator a username: only their work; null for everyone's pooled (or gold)
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public SourcesCompared compare(UUID storyId, WorkSource source, String annotator) {
        Story story = corpus.story(storyId);
        UUID projectId = story.getProjectId();
        String named = annotator == null || annotator.isBlank() ? null : annotator.strip();
        if (source == WorkSource.GOLD && named != null) {
            throw InvalidInputException.of("annotator", Message.of("stories.refusal.gold-annotator"));
        }
        refuseIfOutletsHidden(projectId);
        boolean everyone = corpus.seesEveryonesWork(projectId);
        checkAccess(projectId, source, named, everyone);
        Reading reading = reading(schema.layers(projectId));
        List<DocumentDetails> documents = documents(projectId, storyId);
        List<Message> notes = new ArrayList<>(reading.notes());
        if (documents.isEmpty()) {
            notes.add(Message.of("stories.note.no-articles"));
        }
        Map<UUID, Read> read = source == WorkSource.GOLD ? gold(projectId, documents, reading)
                : annotators(documents, reading, named);
        if (source == WorkSource.GOLD && !documents.isEmpty()
                && read.values().stream().allMatch(article -> article.gold() == null)) {
            notes.add(Message.of("stories.note.no-gold"));
        }
        List<Group> groups = groups(documents);
        List<OutletColumn> outlets = new ArrayList<>();
        List<SourcesTally.Column> columns = new ArrayList<>();
        Set<String> counted = new TreeSet<>(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        for (Group group : groups) {
            List<Article> articles = new ArrayList<>();
            List<ArticleWork> work = new ArrayList<>();
            Set<String> outletAnnotators = new HashSet<>();
            int words = 0;
            for (DocumentDetails document : group.documents()) {
                Read article = read.get(document.id());
                articles.add(new Article(document.id(), document.title(), document.words(),
                        article.annotators().size(), source == WorkSource.GOLD ? goldStatus(article) : null));
                work.add(new ArticleWork(article.text(), article.works()));
                outletAnnotators.addAll(article.annotators());
                words += document.words();
            }
            counted.addAll(outletAnnotators);
            outlets.add(new OutletColumn(group.id(), group.name(), words, outletAnnotators.size(), articles));
            columns.add(new SourcesTally.Column(work));
        }
        SourcesTally.Tables tables = SourcesTally.tally(reading.attribution(), reading.shareLayers(), columns);
        return new SourcesCompared(storyId, story.getTitle(), projectId, source.id(), named,
                source == WorkSource.GOLD ? List.of() : List.copyOf(counted), outlets, reading.attributionLayer(),
                reading.attribution() == null ? List.of() : reading.attribution().sourceAttributes().stream()
                        .map(AttributeSchema::name).toList(),
                reading.shareLayers().stream().map(SourcesTally.ShareLayer::name).toList(),
                notes.stream().map(Message::english).toList(), tables.sources(), tables.cues(), tables.words(),
                tables.labels(), notes);
    }

    /**
     * Whose work the caller may compare the story's outlets by: for those who see everyone's work, everyone with
     * spans on its articles; for an annotator, themselves.
     */
    public WhoseWork whoseWork(UUID storyId) {
        Story story = corpus.story(storyId);
        UUID projectId = story.getProjectId();
        refuseIfOutletsHidden(projectId);
        boolean everyone = corpus.seesEveryonesWork(projectId);
        String caller = callerIn(projectId).map(Member::username).orElse(null);
        if (!everyone) {
            return new WhoseWork(false, caller == null ? List.of() : List.of(caller), caller);
        }
        Set<String> names = new TreeSet<>(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        for (DocumentDetails document : documents(projectId, storyId)) {
            annotatorsWork.onDocument(document.id()).stream().filter(work -> !work.spans().isEmpty())
                    .forEach(work -> names.add(work.username()));
        }
        return new WhoseWork(true, List.copyOf(names), caller);
    }

    /** Gold and everyone's work for those who see everyone's work; an annotator their own only. */
    private void checkAccess(UUID projectId, WorkSource source, String annotator, boolean everyone) {
        if (everyone) {
            if (annotator != null && memberships.members(projectId).stream()
                    .noneMatch(member -> member.username().equals(annotator))) {
                throw InvalidInputException.of("annotator", Message.of("stories.refusal.no-member", annotator));
            }
            return;
        }
        if (source == WorkSource.GOLD) {
            throw new ForbiddenException(Message.of("stories.refusal.sources-gold"));
        }
        String caller = callerIn(projectId).map(Member::username).orElse(null);
        if (annotator == null || !annotator.equals(caller)) {
            throw new ForbiddenException(Message.of("stories.refusal.own-work"));
        }
    }

    private Optional<Member> callerIn(UUID projectId) {
        UUID me = currentUser.id().orElse(null);
        return memberships.members(projectId).stream().filter(member -> member.userId().equals(me)).findFirst();
    }

    /** The story's articles in corpus order, with their texts. */
    private List<DocumentDetails> documents(UUID projectId, UUID storyId) {
        List<DocumentDetails> documents = new ArrayList<>();
        DocumentFilter ofTheStory = new DocumentFilter(storyId, null, null);
        for (int page = 0; ; page++) {
            Page<DocumentSummary> found = corpus.documents(projectId, ofTheStory,
                    PageRequest.of(page, DOCUMENTS_PER_PAGE));
            found.forEach(summary -> documents.add(corpus.document(summary.id())));
            if (!found.hasNext()) {
                return documents;
            }
        }
    }

    /** The articles by outlet: outlets by name (any case), the articles without an outlet last. */
    private static List<Group> groups(List<DocumentDetails> documents) {
        Map<UUID, Group> byOutlet = new LinkedHashMap<>();
        Group none = new Group(null, null, new ArrayList<>());
        for (DocumentDetails document : documents) {
            (document.outletId() == null ? none : byOutlet.computeIfAbsent(document.outletId(),
                    id -> new Group(id, document.outlet(), new ArrayList<>()))).documents().add(document);
        }
        List<Group> groups = new ArrayList<>(byOutlet.values());
        groups.sort(Comparator.comparing((Group group) -> group.name().toLowerCase(Locale.ROOT))
                .thenComparing(Group::name));
        if (!none.documents().isEmpty()) {
            groups.add(none);
        }
        return groups;
    }

    /** Each annotator's spans of the labels read, on each article; only {@code annotator}'s when named. */
    private Map<UUID, Read> annotators(List<DocumentDetails> documents, Reading reading, String annotator) {
        Map<UUID, Read> read = new LinkedHashMap<>();
        for (DocumentDetails document : documents) {
            List<List<Mark>> works = new ArrayList<>();
            List<String> who = new ArrayList<>();
            for (WorkOnDocument work : annotatorsWork.onDocument(document.id())) {
                if (annotator != null && !annotator.equals(work.username())) {
                    continue;
                }
                List<Mark> marks = work.spans().stream().filter(span -> reading.labels().contains(span.labelId()))
                        .map(span -> new Mark(span.labelId(), span.start(), span.end(), span.attributes()))
                        .toList();
                if (!marks.isEmpty()) {
                    works.add(marks);
                    who.add(work.username());
                }
            }
            read.put(document.id(), new Read(new ArticleText(document.text()), works, who, null));
        }
        return read;
    }

    /** The gold spans of the labels read, on each article whose curation has begun. */
    private Map<UUID, Read> gold(UUID projectId, List<DocumentDetails> documents, Reading reading) {
        Map<UUID, Read> read = new LinkedHashMap<>();
        List<UUID> labels = List.copyOf(reading.labels());
        try (GoldCursor cursor = goldWork.documents(projectId, labels, GOLD_STATUSES,
                documents.stream().map(DocumentDetails::id).toList())) {
            // the cursor is read in corpus order, as the documents come
            for (DocumentDetails document : documents) {
                GoldOnDocument gold = cursor.at(document.id(), document.position());
                List<Mark> marks = gold == null ? List.of() : gold.spans().stream()
                        .map(span -> new Mark(labels.get(span.label()), span.start(), span.end(),
                                values(span.attributes())))
                        .toList();
                read.put(document.id(), new Read(new ArticleText(document.text()),
                        marks.isEmpty() ? List.of() : List.of(marks), List.of(), gold == null ? null : gold.status()));
            }
        }
        return read;
    }

    private Map<String, Object> values(String attributes) {
        return attributes == null || attributes.isBlank() ? Map.of() : json.readValue(attributes, VALUES);
    }

    private static String goldStatus(Read article) {
        return (article.gold() == null ? CurationStatus.NOT_STARTED : article.gold()).name();
    }

    /**
     * Finds the layers by the presets' names: the sourcing preset's span layer (Attribution: Source, Cue, Content)
     * and the span layers of the framing, tone and text-hygiene presets, each in any case.
     */
    static Reading reading(List<LayerSchema> layers) {
        List<Message> notes = new ArrayList<>();
        SchemaPreset.LayerSpec attributionSpec = spanLayers(SchemaPresets.SOURCING).getFirst();
        Optional<LayerSchema> attributionLayer = layer(layers, attributionSpec.name());
        SourcesTally.Attribution attribution = null;
        Set<UUID> labels = new HashSet<>();
        if (attributionLayer.isEmpty()) {
            notes.add(Message.of("stories.note.no-attribution-layer", attributionSpec.name()));
        } else {
            LayerSchema layer = attributionLayer.get();
            List<String> names = attributionSpec.labels().stream().map(SchemaPreset.LabelSpec::name).toList();
            UUID source = label(layer, names.get(0), notes);
            UUID cue = label(layer, names.get(1), notes);
            UUID content = label(layer, names.get(2), notes);
            Set<UUID> speakers = new HashSet<>();
            List<AttributeSchema> sourceAttributes = new ArrayList<>();
            for (AttributeSchema attribute : layer.attributes()) {
                if (source != null && (attribute.labelId() == null || attribute.labelId().equals(source))) {
                    sourceAttributes.add(attribute);
                }
                if (content != null && (attribute.labelId() == null || attribute.labelId().equals(content))
                        && attribute.name().equalsIgnoreCase(SPEAKER)) {
                    speakers.add(attribute.id());
                }
            }
            attribution = new SourcesTally.Attribution(source, cue, content, sourceAttributes, speakers);
            for (UUID label : new UUID[] {source, cue, content}) {
                if (label != null) {
                    labels.add(label);
                }
            }
        }
        List<SourcesTally.ShareLayer> shareLayers = new ArrayList<>();
        for (String preset : List.of(SchemaPresets.FRAMING, SchemaPresets.TONE, SchemaPresets.TEXT_HYGIENE)) {
            for (SchemaPreset.LayerSpec spec : spanLayers(preset)) {
                Optional<LayerSchema> found = layer(layers, spec.name());
                if (found.isEmpty()) {
                    notes.add(Message.of("stories.note.no-share-layer", spec.name(), preset));
                    continue;
                }
                shareLayers.add(new SourcesTally.ShareLayer(found.get().name(), found.get().labels()));
                found.get().labels().forEach(label -> labels.add(label.id()));
            }
        }
        return new Reading(attributionLayer.map(LayerSchema::name).orElse(null), attribution, shareLayers,
                Set.copyOf(labels), notes);
    }

    /** The name of the Content label's attribute that names whose words they are. */
    static final String SPEAKER = "speaker";

    private static List<SchemaPreset.LayerSpec> spanLayers(String preset) {
        return SchemaPresets.byId(preset).orElseThrow().layers().stream()
                .filter(spec -> spec.kind() == LayerKind.SPAN).toList();
    }

    private static Optional<LayerSchema> layer(List<LayerSchema> layers, String name) {
        return layers.stream().filter(layer -> layer.kind() == LayerKind.SPAN && layer.name().equalsIgnoreCase(name))
                .findFirst();
    }

    private static UUID label(LayerSchema layer, String name, List<Message> notes) {
        Optional<UUID> found = layer.labels().stream().filter(label -> label.name().equalsIgnoreCase(name))
                .map(LabelSchema::id).findFirst();
        if (found.isEmpty()) {
            notes.add(Message.of("stories.note.no-label", layer.name(), name));
        }
        return found.orElse(null);
    }

    /**
     * What is read of the schema.
     *
     * @param labels every label whose spans are read
     */
    record Reading(String attributionLayer, SourcesTally.Attribution attribution,
            List<SourcesTally.ShareLayer> shareLayers, Set<UUID> labels, List<Message> notes) {
    }

    /** An outlet's articles; id and name null for those without an outlet. */
    private record Group(UUID id, String name, List<DocumentDetails> documents) {
    }

    /**
     * An article's text with the work read on it.
     *
     * @param annotators whose work is in {@code works}, in the same order (none for gold)
     * @param gold where its curation stands, when gold is read and it has begun; else null
     */
    private record Read(ArticleText text, List<List<Mark>> works, List<String> annotators, CurationStatus gold) {
    }

    /** Comparing outlets is what an outlet-blind project hides from its annotators (decision 0021). */
    private void refuseIfOutletsHidden(UUID projectId) {
        if (corpus.outletBlinded(projectId)) {
            throw new ForbiddenException(Message.of("stories.refusal.outlets-hidden"));
        }
    }
}
