package org.slant.stories;

import java.util.List;

/**
 * For the passages benchmark (org.slant.bench): the first two phases of {@link SharedPassageFinder#find} timed on
 * their own, reading the words ({@link ArticleWords}) and the pairwise matches ({@link PairMatches}), so that the rest
 * (joining matches into passages and aligning every occurrence with its reference) is the whole less these.
 */
public final class PassagePhases {

    /** Seconds spent reading words and finding pairwise matches, and the matches found, summed over the stories. */
    public record Phases(double words, double matching, long matches) {
    }

    private PassagePhases() {
    }

    public static Phases time(List<List<SharedPassageFinder.Article>> stories, int minWords) {
        double words = 0;
        double matching = 0;
        long matches = 0;
        for (List<SharedPassageFinder.Article> story : stories) {
            long start = System.nanoTime();
            WordIds vocabulary = new WordIds();
            List<ArticleWords> read = story.stream().map(article -> ArticleWords.of(article.text(), vocabulary))
                    .toList();
            long wordsRead = System.nanoTime();
            matches += PairMatches.find(read, minWords).size();
            long matched = System.nanoTime();
            words += (wordsRead - start) / 1e9;
            matching += (matched - wordsRead) / 1e9;
        }
        return new Phases(words, matching, matches);
    }
}
