package org.slant.corpus;

import java.util.List;
import java.util.UUID;

/** A story and the articles that cover it, with their texts, in the project's order. */
public record StoryArticles(UUID storyId, UUID projectId, String title, List<DocumentDetails> articles) {
}
