package org.slant.suggestions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.StoryArticles;
import org.slant.stories.StoryPassages;
import org.springframework.stereotype.Component;

/**
 * The shared passages of the stories whose articles were opened last: an annotator goes from one article of a story
 * to the next, and the story view opens all of them at once, while finding a story's passages reads all its texts.
 * A story's passages depend only on its articles (texts do not change once imported), so they are kept by the list
 * of article ids; a story that gains or loses an article is another entry.
 */
@Component
class StoryPassageCache {

    private static final int STORIES = 16;

    private final StoryPassages passages;
    private final Map<List<UUID>, StoryPassages.Report> reports = new LinkedHashMap<>(STORIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<UUID>, StoryPassages.Report> eldest) {
            return size() > STORIES;
        }
    };

    StoryPassageCache(StoryPassages passages) {
        this.passages = passages;
    }

    /** The story's passages (for a caller who may read its articles: they were read to ask). */
    StoryPassages.Report of(StoryArticles story) {
        List<UUID> key = story.articles().stream().map(DocumentDetails::id).toList();
        synchronized (reports) {
            StoryPassages.Report known = reports.get(key);
            if (known != null) {
                return known;
            }
        }
        StoryPassages.Report report = passages.of(story, StoryPassages.DEFAULT_MIN_WORDS);
        synchronized (reports) {
            reports.put(key, report);
        }
        return report;
    }
}
