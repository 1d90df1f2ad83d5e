package org.slant.annotation.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.platform.Message;
import org.slant.platform.NotUtf8Exception;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * BASIL's layout (Fan et al., EMNLP 2019; docs/import.md#basil-formatbasil):
 * {@code articles/YEAR/<event uuid>_<n>.json} with the article and {@code annotations/YEAR/<event uuid>_<n>_ann.json} with its phrase-level bias spans and
 * article-level stance. Each event's articles share a story, titled by the event as the first of them describes it.
 */
@Component
public class BasilFormat implements AnnotatedFormat {

    private static final Pattern ANNOTATIONS = Pattern.compile("(.+)_([0-9]{1,6})_ann\\.json");
    private static final Pattern ARTICLE = Pattern.compile("(.+)_([0-9]{1,6})\\.json");
    /** The corpus's list of its authors' later corrections, in prose: nothing to import, and not applied. */
    private static final String CHANGES = "annotation_changes.txt";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String name() {
        return "basil";
    }

    @Override
    public String description() {
        return "BASIL (Fan et al. 2019): articles/YEAR/<event>_<n>.json and annotations/YEAR/<event>_<n>_ann.json "
                + "with lexical and informational bias spans";
    }

    @Override
    public boolean namesAnnotators() {
        return false;
    }

    @Override
    public List<AnnotatedDocument> read(List<UploadedFile> files, ImportProblems problems) {
        Map<String, BasilArticle> articles = new LinkedHashMap<>();
        Map<String, UploadedFile> seen = new HashMap<>();
        List<UploadedFile> annotationFiles = new ArrayList<>();
        for (UploadedFile file : files) {
            if (problems.full()) {
                break;
            }
            Matcher annotations = ANNOTATIONS.matcher(file.name());
            Matcher article = ARTICLE.matcher(file.name());
            if (file.name().equals(CHANGES)) {
                continue;
            }
            if (annotations.matches()) {
                annotationFiles.add(file);
            } else if (article.matches()) {
                String key = article.group(1) + "_" + article.group(2);
                UploadedFile earlier = seen.putIfAbsent(key, file);
                if (earlier != null) {
                    problems.add(file.where(), Message.of("annotation.problem.article-twice", key,
                            earlier.where()));
                    continue;
                }
                JsonNode root = parse(file, problems);
                if (root == null) {
                    continue;
                }
                if (!root.isObject()) {
                    problems.add(file.where(), Message.of("annotation.problem.basil.article-not-an-object"));
                    continue;
                }
                BasilArticle read = BasilArticle.read(file, key, article.group(1),
                        Integer.parseInt(article.group(2)), root, problems);
                if (read != null) {
                    articles.put(key, read);
                }
            } else {
                problems.add(file.where(), Message.of("annotation.problem.basil.not-basil"));
            }
        }
        Map<String, AnnotatorWork> work = new HashMap<>();
        for (UploadedFile file : annotationFiles) {
            if (problems.full()) {
                break;
            }
            Matcher name = ANNOTATIONS.matcher(file.name());
            name.matches();
            String key = name.group(1) + "_" + name.group(2);
            BasilArticle article = articles.get(key);
            if (article == null) {
                if (!seen.containsKey(key)) {
                    problems.add(file.where(), Message.of("annotation.problem.basil.no-article", key));
                }
                continue;
            }
            if (work.containsKey(key)) {
                problems.add(file.where(), Message.of("annotation.problem.basil.annotations-twice", key));
                continue;
            }
            JsonNode root = parse(file, problems);
            AnnotatorWork read = root == null ? null : new BasilPhrases(file, article, problems).read(root);
            if (read != null) {
                work.put(key, read);
            }
        }
        // what could be read goes on even with problems, so that the import's own checks name theirs in one answer
        Map<String, String> stories = stories(articles.values());
        List<AnnotatedDocument> documents = new ArrayList<>(articles.size());
        for (BasilArticle article : articles.values()) {
            String title = article.title().isEmpty() ? DocumentText.titleFrom(article.text()) : article.title();
            NewDocument document = new NewDocument(title, article.text(), article.outlet(),
                    stories.get(article.event()), article.url(), article.published(), article.key(), article.meta());
            AnnotatorWork own = work.get(article.key());
            documents.add(new AnnotatedDocument(article.file().where(), document, own == null ? List.of()
                    : List.of(own)));
        }
        return documents;
    }

    /**
     * Each event's story title: the main event as the lowest-numbered of its articles that has one words it (the
     * three outlets' files word it differently in a third of the events), else the event's uuid.
     */
    private static Map<String, String> stories(Iterable<BasilArticle> articles) {
        Map<String, List<BasilArticle>> byEvent = new LinkedHashMap<>();
        for (BasilArticle article : articles) {
            byEvent.computeIfAbsent(article.event(), key -> new ArrayList<>()).add(article);
        }
        Map<String, String> stories = new HashMap<>();
        byEvent.forEach((event, its) -> stories.put(event, its.stream()
                .sorted(Comparator.comparingInt(BasilArticle::number)).map(BasilArticle::mainEvent)
                .filter(text -> text != null && !text.isBlank()).map(String::strip).findFirst().orElse(event)));
        return stories;
    }

    private JsonNode parse(UploadedFile file, ImportProblems problems) {
        try {
            return json.readTree(file.utf8());
        } catch (NotUtf8Exception e) {
            problems.add(file.place(), e.said());
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            problems.add(line > 0 ? Place.lineOf(file.where(), line) : Place.said(file.where()),
                    Message.of("annotation.problem.not-json", e.getOriginalMessage()));
        }
        return null;
    }
}
