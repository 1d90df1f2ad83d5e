package org.slant.annotation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;
import org.slant.annotation.WorkQueue;
import org.slant.annotation.WorkQueueItem;
import org.slant.platform.InvalidInputException;
import org.slant.platform.api.PageResponse;
import org.slant.platform.api.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's work queue: the documents to annotate, the next one, and marking each done or skipped. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work queue")
class WorkQueueApi {

    private final WorkQueue queue;

    WorkQueueApi(WorkQueue queue) {
        this.queue = queue;
    }

    /** @param seconds time actively spent annotating since the last report */
    record Activity(Integer seconds) {
    }

    @GetMapping("/projects/{projectId}/queue")
    @Operation(summary = "The project's documents in order, with the caller's status and active time on each")
    PageResponse<WorkQueueItem> queue(@PathVariable UUID projectId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(queue.queue(projectId, Paging.of(page, size)));
    }

    @GetMapping("/projects/{projectId}/queue/next")
    @Operation(summary = "The next document not done or skipped, after the given one and coming round; 204 when "
            + "all are finished")
    ResponseEntity<WorkQueueItem> next(@PathVariable UUID projectId, @RequestParam(required = false) UUID after) {
        return orNoContent(queue.next(projectId, after));
    }

    @GetMapping("/projects/{projectId}/queue/{documentId}/previous")
    @Operation(summary = "The document before this one in order; 204 at the first")
    ResponseEntity<WorkQueueItem> previous(@PathVariable UUID projectId, @PathVariable UUID documentId) {
        return orNoContent(queue.previous(projectId, documentId));
    }

    @GetMapping("/projects/{projectId}/queue/{documentId}/following")
    @Operation(summary = "The document after this one in order; 204 at the last")
    ResponseEntity<WorkQueueItem> following(@PathVariable UUID projectId, @PathVariable UUID documentId) {
        return orNoContent(queue.following(projectId, documentId));
    }

    @PostMapping("/documents/{documentId}/open")
    @Operation(summary = "Start (or go on) working on a document: ASSIGNED becomes IN_PROGRESS")
    WorkQueueItem open(@PathVariable UUID documentId) {
        return queue.open(documentId);
    }

    @PostMapping("/documents/{documentId}/done")
    @Operation(summary = "Mark a document done; 409 listing annotations that lack required values unless "
            + "confirm=true")
    WorkQueueItem done(@PathVariable UUID documentId, @RequestParam(defaultValue = "false") boolean confirm) {
        return queue.markDone(documentId, confirm);
    }

    @PostMapping("/documents/{documentId}/skip")
    @Operation(summary = "Set a document aside: the next document passes over it")
    WorkQueueItem skip(@PathVariable UUID documentId) {
        return queue.skip(documentId);
    }

    @PostMapping("/documents/{documentId}/reopen")
    @Operation(summary = "Take a done or skipped document back into work")
    WorkQueueItem reopen(@PathVariable UUID documentId) {
        return queue.reopen(documentId);
    }

    @PostMapping("/documents/{documentId}/activity")
    @Operation(summary = "Add time actively spent annotating a document: 1 to 300 seconds per report",
            description = "204 when the caller (a manager, curator or admin) has no work on the document: time spent "
                    + "only looking is not recorded.")
    ResponseEntity<WorkQueueItem> activity(@PathVariable UUID documentId, @RequestBody Activity activity) {
        if (activity.seconds() == null) {
            throw InvalidInputException.of("seconds", "required: the seconds spent since the last report");
        }
        return orNoContent(queue.recordActivity(documentId, activity.seconds()));
    }

    private static ResponseEntity<WorkQueueItem> orNoContent(Optional<WorkQueueItem> item) {
        return item.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
