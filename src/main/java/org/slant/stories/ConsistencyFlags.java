package org.slant.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.slant.annotation.query.AnnotatorsWork;
import org.slant.annotation.query.AnnotatorsWork.WorkOnDocument;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.StoryArticles;
import org.slant.corpus.StoryService;
import org.slant.curation.CurationLanes;
import org.slant.curation.GoldService;
import org.slant.platform.ForbiddenException;
import org.slant.platform.Message;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.stories.SharedPassage.Occurrence;
import org.slant.team.ProjectAccess;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Where one rater labelled the same shared passage differently in different outlets' articles: a quote marked
 * Security in one article and Morality in another is worth a look. A rater is an annotator (each their own work;
 * managers and curators see everyone's, lettered in a blind project) or gold. A span belongs to a passage's
 * occurrence when at least half of it lies inside, or it covers at least half of the occurrence. Only articles the
 * rater worked on count (those where they have a span in the layer): an article they never opened is no
 * disagreement.
 */
@Service
public class ConsistencyFlags {

    public static final String GOLD = "gold";

    private final StoryService stories;
    private final StoryPassages passages;
    private final CorpusService corpus;
    private final SchemaService schema;
    private final AnnotatorsWork work;
    private final GoldService gold;
    private final ProjectAccess access;

    ConsistencyFlags(StoryService stories, StoryPassages passages, CorpusService corpus, SchemaService schema,
            AnnotatorsWork work, GoldService gold, ProjectAccess access) {
        this.stories = stories;
        this.passages = passages;
        this.corpus = corpus;
        this.schema = schema;
        this.work = work;
        this.gold = gold;
        this.access = access;
    }

    public record Report(UUID storyId, String source, List<Flag> flags) {
    }

    /** One rater's labels of one passage in one layer, article by article, where they differ. */
    public record Flag(int passageId, String rater, String layer, List<ArticleLabels> articles) {
    }

    /** The labels a rater gave inside an article's occurrence of the passage (empty: none there). */
    public record ArticleLabels(UUID documentId, String outlet, int start, int end, List<String> labels) {
    }

    /** A span of some rater, as compared here. */
    private record Marked(UUID layer, UUID label, int start, int end) {
    }

    /**
     * @param source {@code annotators} or {@code gold}
     */
    public Report of(UUID storyId, String source) {
        if (!"annotators".equals(source) && !GOLD.equals(source)) {
            throw org.slant.platform.InvalidInputException.of("source",
                    Message.of("stories.refusal.flags-source", String.valueOf(source)));
        }
        StoryArticles story = stories.articles(storyId);
        ProjectDetails project = corpus.projectDetails(story.projectId());
        boolean everyone = access.seesEveryonesWork(project.id());
        if (GOLD.equals(source) && !everyone) {
            throw new ForbiddenException(Message.of("stories.refusal.flags-gold"));
        }
        StoryPassages.Report report = passages.of(story, StoryPassages.DEFAULT_MIN_WORDS);
        Map<UUID, String> layerNames = new HashMap<>();
        // labels in the schema's order, as the palette lists them
        Map<UUID, String> labelNames = new LinkedHashMap<>();
        for (LayerSchema layer : schema.layers(project.id())) {
            layerNames.put(layer.id(), layer.name());
            layer.labels().forEach(label -> labelNames.put(label.id(), label.name()));
        }
        Map<String, Map<UUID, List<Marked>>> byRater = GOLD.equals(source) ? goldOf(story)
                : annotatorsWork(story, everyone, project.blind());
        List<Flag> flags = new ArrayList<>();
        for (SharedPassage passage : report.passages()) {
            byRater.forEach((rater, documents) -> flags.addAll(flagsOf(passage, rater, documents, story,
                    layerNames, labelNames)));
        }
        return new Report(storyId, source, flags);
    }

    private static List<Flag> flagsOf(SharedPassage passage, String rater, Map<UUID, List<Marked>> documents,
            StoryArticles story, Map<UUID, String> layerNames, Map<UUID, String> labelNames) {
        Map<UUID, String> outlets = new HashMap<>();
        story.articles().forEach(article -> outlets.put(article.id(), article.outlet()));
        // layer -> the labels in each occurrence, for occurrences in articles where the rater worked in that layer
        Map<UUID, List<ArticleLabels>> byLayer = new TreeMap<>();
        for (Occurrence occurrence : passage.occurrences()) {
            List<Marked> spans = documents.get(occurrence.documentId());
            if (spans == null) {
                continue;
            }
            Set<UUID> layersWorked = new TreeSet<>();
            spans.forEach(span -> layersWorked.add(span.layer()));
            for (UUID layer : layersWorked) {
                Set<UUID> given = new java.util.HashSet<>();
                spans.stream().filter(span -> span.layer().equals(layer)).filter(span -> inside(span, occurrence))
                        .forEach(span -> given.add(span.label()));
                List<String> labels = labelNames.entrySet().stream().filter(label -> given.contains(label.getKey()))
                        .map(Map.Entry::getValue).toList();
                byLayer.computeIfAbsent(layer, key -> new ArrayList<>()).add(new ArticleLabels(
                        occurrence.documentId(), outlets.get(occurrence.documentId()), occurrence.start(),
                        occurrence.end(), labels));
            }
        }
        List<Flag> flags = new ArrayList<>();
        byLayer.forEach((layer, articles) -> {
            boolean anyLabel = articles.stream().anyMatch(article -> !article.labels().isEmpty());
            boolean differ = articles.stream().map(ArticleLabels::labels).distinct().count() > 1;
            long documentsCompared = articles.stream().map(ArticleLabels::documentId).distinct().count();
            if (anyLabel && differ && documentsCompared > 1) {
                flags.add(new Flag(passage.id(), rater, layerNames.getOrDefault(layer, "?"), articles));
            }
        });
        return flags;
    }

    /** At least half of the span inside the occurrence, or at least half of the occurrence covered by the span. */
    static boolean inside(Marked span, Occurrence occurrence) {
        int overlap = Math.min(span.end(), occurrence.end()) - Math.max(span.start(), occurrence.start());
        return overlap > 0 && (overlap * 2 >= span.end() - span.start()
                || overlap * 2 >= occurrence.end() - occurrence.start());
    }

    /** Each annotator's spans by article: the caller's own only, unless they see everyone's work. */
    private Map<String, Map<UUID, List<Marked>>> annotatorsWork(StoryArticles story, boolean everyone,
            boolean blind) {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        Map<String, Map<UUID, List<Marked>>> byUser = new TreeMap<>();
        for (DocumentDetails article : story.articles()) {
            for (WorkOnDocument one : work.onDocument(article.id())) {
                if (!everyone && !one.username().equalsIgnoreCase(me) || one.spans().isEmpty()) {
                    continue;
                }
                byUser.computeIfAbsent(one.username(), key -> new LinkedHashMap<>()).put(article.id(),
                        one.spans().stream().map(span -> new Marked(span.layerId(), span.labelId(), span.start(),
                                span.end())).toList());
            }
        }
        if (!blind || !everyone) {
            return byUser;
        }
        // in a blind project annotators are letters, in the order of their usernames
        Map<String, Map<UUID, List<Marked>>> lettered = new LinkedHashMap<>();
        int i = 0;
        for (Map<UUID, List<Marked>> documents : byUser.values()) {
            lettered.put(CurationLanes.laneLetter(i++), documents);
        }
        return lettered;
    }

    private Map<String, Map<UUID, List<Marked>>> goldOf(StoryArticles story) {
        Map<UUID, List<Marked>> documents = new LinkedHashMap<>();
        for (DocumentDetails article : story.articles()) {
            List<Marked> spans = gold.goldOf(article.id()).spans().stream()
                    .map(span -> new Marked(span.layer(), span.label(), span.start(), span.end())).toList();
            if (!spans.isEmpty()) {
                documents.put(article.id(), spans);
            }
        }
        return documents.isEmpty() ? Map.of() : Map.of(GOLD, documents);
    }
}
