package org.slant.stories;

import java.util.List;
import java.util.UUID;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.StoryArticles;
import org.slant.corpus.StoryService;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.springframework.stereotype.Service;

/**
 * The passages a story's articles share, and per article those that other outlets carry and it does not. Computed
 * on each request from the texts (immutable once imported); any member of the project may read it.
 */
@Service
public class StoryPassages {

    public static final int DEFAULT_MIN_WORDS = 6;
    static final int MIN_WORDS_FLOOR = 2;
    static final int MIN_WORDS_CEILING = 1000;

    private final StoryService stories;

    StoryPassages(StoryService stories) {
        this.stories = stories;
    }

    /**
     * @param documents the story's articles in the project's order
     * @param omissions per article, the passages that others carry and it does not
     */
    public record Report(UUID storyId, String title, List<Article> documents, List<SharedPassage> passages,
            List<Omission> omissions) {
    }

    public record Article(UUID documentId, String outlet, String title) {
    }

    public record Omission(UUID documentId, List<Integer> passageIds) {
    }

    public Report of(UUID storyId, int minWords) {
        return of(stories.articles(storyId), minWords);
    }

    /** The report on a story's articles already read (their caller may read them). */
    public Report of(StoryArticles story, int minWords) {
        if (minWords < MIN_WORDS_FLOOR || minWords > MIN_WORDS_CEILING) {
            throw InvalidInputException.of("minWords", Message.of("stories.refusal.min-words",
                    String.valueOf(MIN_WORDS_FLOOR), String.valueOf(MIN_WORDS_CEILING), String.valueOf(minWords)));
        }
        List<DocumentDetails> articles = story.articles();
        List<SharedPassage> passages = SharedPassageFinder.find(articles.stream()
                .map(article -> new SharedPassageFinder.Article(article.id(), article.outlet(), article.text()))
                .toList(), minWords);
        List<Omission> omissions = articles.stream().map(article -> new Omission(article.id(), passages.stream()
                .filter(passage -> passage.occurrences().stream()
                        .noneMatch(occurrence -> occurrence.documentId().equals(article.id())))
                .map(SharedPassage::id).toList())).toList();
        return new Report(story.storyId(), story.title(), articles.stream()
                .map(article -> new Article(article.id(), article.outlet(), article.title())).toList(), passages,
                omissions);
    }
}
