package org.slant.stories.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.slant.stories.ConsistencyFlags;
import org.slant.stories.StoryPassages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Stories")
class StoryPassagesApi {

    private final StoryPassages passages;
    private final ConsistencyFlags consistency;

    StoryPassagesApi(StoryPassages passages, ConsistencyFlags consistency) {
        this.passages = passages;
        this.consistency = consistency;
    }

    @GetMapping("/stories/{storyId}/passages")
    @Operation(summary = "The passages that two or more of the story's articles share, each article's exact span of "
            + "them and the words it kept, changed or dropped, and per article the passages it omits")
    StoryPassages.Report passages(@PathVariable UUID storyId,
            @RequestParam(defaultValue = "" + StoryPassages.DEFAULT_MIN_WORDS) int minWords) {
        return passages.of(storyId, minWords);
    }

    @GetMapping("/stories/{storyId}/consistency")
    @Operation(summary = "Where one rater (an annotator, or gold) labelled the same shared passage differently in "
            + "different articles of the story")
    ConsistencyFlags.Report consistency(@PathVariable UUID storyId,
            @RequestParam(defaultValue = "annotators") String source) {
        return consistency.of(storyId, source);
    }
}
