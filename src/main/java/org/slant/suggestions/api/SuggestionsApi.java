package org.slant.suggestions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slant.annotation.Saved;
import org.slant.annotation.Span;
import org.slant.annotation.Suggestion;
import org.slant.suggestions.SuggestionService;
import org.slant.suggestions.SuggestionService.DecisionCount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Suggestions: the caller's open ones on a document, accepting and rejecting them, and managers' counts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Suggestions")
class SuggestionsApi {

    private final SuggestionService suggestions;

    SuggestionsApi(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    /**
     * A suggestion as an accept or reject names it.
     *
     * @param id on accept, optional: the new span's id, chosen by the client so a retried accept is not stored twice
     */
    record Decision(UUID id, String source, UUID layer, UUID label, Integer start, Integer end) {

        Suggestion.Key key() {
            return new Suggestion.Key(source, layer, label, start, end);
        }
    }

    @GetMapping("/documents/{documentId}/suggestions")
    @Operation(summary = "The caller's open suggestions on a document, in text order (not spans: they count nowhere "
            + "until accepted)")
    List<Suggestion> open(@PathVariable UUID documentId) {
        return suggestions.open(documentId);
    }

    @PostMapping("/documents/{documentId}/suggestions/accept")
    @Operation(summary = "Accept a suggestion: it becomes the caller's span (201), or 200 when a retry finds it stored")
    ResponseEntity<Span> accept(@PathVariable UUID documentId, @RequestBody Decision body) {
        Saved<Span> saved = suggestions.accept(documentId, body.id(), body.key());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.annotation());
    }

    @PostMapping("/documents/{documentId}/suggestions/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reject a suggestion: it is not shown to the caller on this document again")
    void reject(@PathVariable UUID documentId, @RequestBody Decision body) {
        suggestions.reject(documentId, body.key());
    }

    /** What deleting a source's pre-annotations did. */
    record Deleted(String source, int deleted) {
    }

    @DeleteMapping("/projects/{projectId}/pre-annotations")
    @Operation(summary = "Delete every pre-annotation of a source (managers): annotators are no longer offered them; "
            + "spans accepted from them stay the annotators', and the decisions stay counted")
    Deleted deletePreAnnotations(@PathVariable UUID projectId, @RequestParam String source) {
        return new Deleted(source, suggestions.deletePreAnnotations(projectId, source));
    }

    @GetMapping("/projects/{projectId}/suggestions/decisions")
    @Operation(summary = "Per source, layer and label: how many suggestions annotators accepted and rejected; for a "
            + "source of pre-annotations also how many it has (suggested) and how many no one decided yet (managers)")
    List<DecisionCount> decisions(@PathVariable UUID projectId) {
        return suggestions.decisionCounts(projectId);
    }
}
