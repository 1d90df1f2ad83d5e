package org.slant.corpus.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slant.corpus.OutletDetails;
import org.slant.corpus.OutletService;
import org.slant.corpus.StoryDetails;
import org.slant.corpus.StoryDraft;
import org.slant.corpus.StoryService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Stories and outlets")
class StoriesAndOutletsApi {

    private final StoryService stories;
    private final OutletService outlets;

    StoriesAndOutletsApi(StoryService stories, OutletService outlets) {
        this.stories = stories;
        this.outlets = outlets;
    }

    record OutletDraft(String name, String leaning) {
    }

    /** @param storyId the story to put the documents in; null takes them out of any story */
    record StoryAssignment(List<UUID> documentIds, UUID storyId) {
    }

    /** @param outletId the outlet to attribute the documents to; null: none */
    record OutletAssignment(List<UUID> documentIds, UUID outletId) {
    }

    record Assigned(int documents) {
    }

    @GetMapping("/projects/{projectId}/stories")
    @Operation(summary = "The project's stories (events), newest first, with their main entities and document counts")
    List<StoryDetails> stories(@PathVariable UUID projectId) {
        return stories.stories(projectId);
    }

    @PostMapping("/projects/{projectId}/stories")
    @ResponseStatus(HttpStatus.CREATED)
    StoryDetails createStory(@PathVariable UUID projectId, @RequestBody StoryDraft story) {
        return stories.create(projectId, story);
    }

    @PutMapping("/stories/{storyId}")
    StoryDetails updateStory(@PathVariable UUID storyId, @RequestBody StoryDraft story) {
        return stories.update(storyId, story);
    }

    @DeleteMapping("/stories/{storyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a story; its documents stay, without a story")
    void deleteStory(@PathVariable UUID storyId) {
        stories.delete(storyId);
    }

    @PostMapping("/projects/{projectId}/documents/story")
    @Operation(summary = "Put documents into a story (or none)")
    Assigned assignStory(@PathVariable UUID projectId, @RequestBody StoryAssignment assignment) {
        return new Assigned(stories.assign(projectId, ids(assignment.documentIds()), assignment.storyId()));
    }

    @GetMapping("/projects/{projectId}/outlets")
    List<OutletDetails> outlets(@PathVariable UUID projectId) {
        return outlets.outlets(projectId);
    }

    @PostMapping("/projects/{projectId}/outlets")
    @ResponseStatus(HttpStatus.CREATED)
    OutletDetails createOutlet(@PathVariable UUID projectId, @RequestBody OutletDraft outlet) {
        return outlets.create(projectId, outlet.name(), outlet.leaning());
    }

    @PutMapping("/outlets/{outletId}")
    OutletDetails updateOutlet(@PathVariable UUID outletId, @RequestBody OutletDraft outlet) {
        return outlets.update(outletId, outlet.name(), outlet.leaning());
    }

    @DeleteMapping("/outlets/{outletId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an outlet; its documents stay, without an outlet")
    void deleteOutlet(@PathVariable UUID outletId) {
        outlets.delete(outletId);
    }

    @PostMapping("/projects/{projectId}/documents/outlet")
    @Operation(summary = "Attribute documents to an outlet (or none)")
    Assigned assignOutlet(@PathVariable UUID projectId, @RequestBody OutletAssignment assignment) {
        return new Assigned(outlets.assign(projectId, ids(assignment.documentIds()), assignment.outletId()));
    }

    private static List<UUID> ids(List<UUID> ids) {
        return ids == null ? List.of() : ids;
    }
}
