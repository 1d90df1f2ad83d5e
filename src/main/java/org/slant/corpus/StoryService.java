package org.slant.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.slant.team.ProjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's stories (event clusters): created, edited, deleted, and documents assigned to them. */
@Service
@Transactional
public class StoryService {

    static final int MAX_TITLE_LENGTH = 300;

    private final StoryRepository stories;
    private final DocumentRepository documents;
    private final CorpusService corpus;
    private final ProjectAccess access;

    StoryService(StoryRepository stories, DocumentRepository documents, CorpusService corpus, ProjectAccess access) {
        this.stories = stories;
        this.documents = documents;
        this.corpus = corpus;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<StoryDetails> stories(UUID projectId) {
        corpus.project(projectId);
        return stories.findDetails(projectId);
    }

    /**
     * A story's articles with their texts and outlets, for any member of its project; to others the story does not
     * exist. Refused to the annotators of a project that hides outlets from them: comparing outlets is what it hides.
     */
    @Transactional(readOnly = true)
    public StoryArticles articles(UUID storyId) {
        Story story = story(storyId);
        if (!access.sees(story.getProjectId())) {
            throw new NotFoundException("Story", storyId);
        }
        if (corpus.outletBlinded(story.getProjectId())) {
            throw new ForbiddenException(Message.of("corpus.refusal.stories-outlet-blind"));
        }
        return new StoryArticles(story.getId(), story.getProjectId(), story.getTitle(),
                documents.findDetailsOfStory(storyId));
    }

    public StoryDetails create(UUID projectId, StoryDraft draft) {
        corpus.projectToChange(projectId);
        check(projectId, draft, null);
        Story story = stories.saveAndFlush(new Story(projectId, draft.title(), draft.eventDate(), draft.description(),
                draft.mainEntities()));
        return details(story);
    }

    public StoryDetails update(UUID storyId, StoryDraft draft) {
        Story story = story(storyId);
        corpus.projectToChange(story.getProjectId());
        check(story.getProjectId(), draft, story);
        story.apply(draft);
        stories.flush();
        return details(story);
    }

    /** Deletes the story; its documents stay, without a story. */
    public void delete(UUID storyId) {
        Story story = story(storyId);
        corpus.projectToChange(story.getProjectId());
        stories.delete(story);
    }

    /** Puts the documents into the story, or into none when {@code storyId} is null. */
    public int assign(UUID projectId, List<UUID> documentIds, UUID storyId) {
        corpus.projectToChange(projectId);
        if (storyId != null && !story(storyId).getProjectId().equals(projectId)) {
            throw InvalidInputException.of("storyId", Message.of("corpus.refusal.not-a-story"));
        }
        return documentIds.isEmpty() ? 0 : documents.assignStory(projectId, documentIds, storyId);
    }

    private void check(UUID projectId, StoryDraft draft, Story editing) {
        List<Problem> problems = new ArrayList<>();
        if (draft.title() == null || draft.title().isEmpty()) {
            problems.add(Problem.of("title", Message.of("corpus.refusal.story-title")));
        } else if (draft.title().length() > MAX_TITLE_LENGTH) {
            problems.add(Problem.of("title", Message.of("corpus.refusal.at-most",
                    String.valueOf(MAX_TITLE_LENGTH))));
        } else {
            stories.findByProjectIdAndTitle(projectId, draft.title()).filter(other -> other != editing)
                    .ifPresent(other -> problems.add(Problem.of("title",
                            Message.of("corpus.refusal.story-title-taken", draft.title()))));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("corpus.refusal.story-not-saved"), problems);
        }
    }

    private Story story(UUID storyId) {
        return stories.findById(storyId).orElseThrow(() -> new NotFoundException("Story", storyId));
    }

    private StoryDetails details(Story story) {
        return stories.findDetails(story.getProjectId()).stream()
                .filter(details -> details.id().equals(story.getId())).findFirst().orElseThrow();
    }
}
