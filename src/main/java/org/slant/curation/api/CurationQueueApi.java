package org.slant.curation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slant.annotation.SentBackAssignment;
import org.slant.curation.CurationQueue;
import org.slant.curation.CurationStatus;
import org.slant.curation.QueueFilter;
import org.slant.curation.QueueOrder;
import org.slant.curation.QueuedDocument;
import org.slant.curation.UnanimousCurated;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Progress;
import org.slant.platform.api.PageResponse;
import org.slant.platform.api.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The curation queue of a project, for its curators and managers: the documents to curate with their agreement,
 * marking the unanimous ones curated, and sending a document back to an annotator.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Gold")
class CurationQueueApi {

    private final CurationQueue queue;

    CurationQueueApi(CurationQueue queue) {
        this.queue = queue;
    }

    /** @param documents optional: only these documents (of the project) */
    record UnanimousBody(List<UUID> documents) {
    }

    record SendBackBody(String annotator, String note) {
    }

    @GetMapping("/projects/{projectId}/curation/queue")
    @Operation(summary = "The documents to curate, a page at a time: annotators, curation status, gold spans and "
            + "agreement (curators and managers)",
            description = "order: agreement (lowest first, documents fewer than two annotators marked done last) or "
                    + "position; filters: story and outlet (ids), status (NOT_STARTED, IN_PROGRESS, CURATED).")
    PageResponse<QueuedDocument> queue(@PathVariable UUID projectId,
            @RequestParam(defaultValue = "agreement") String order,
            @RequestParam(required = false) UUID story,
            @RequestParam(required = false) UUID outlet,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(queue.queue(projectId, new QueueFilter(story, outlet, status(status)), order(order),
                Paging.of(page, size)));
    }

    @PostMapping("/projects/{projectId}/curation/curate-unanimous")
    @Operation(summary = "Mark curated every document (or those listed) on which all who marked it done agreed "
            + "exactly, their work taken into gold; says how many",
            description = "Documents curated before are counted, not changed; a document whose gold holds anything "
                    + "else is left and listed with the reason. Calling it again does nothing more.")
    UnanimousCurated curateUnanimous(@PathVariable UUID projectId,
            @RequestBody(required = false) UnanimousBody body) {
        return queue.curateUnanimous(projectId, body == null ? null : body.documents(), Progress.NONE);
    }

    @PostMapping("/documents/{documentId}/curation/send-back")
    @Operation(summary = "Send a document back to an annotator who finished it: their work on it is in progress "
            + "again, with the note shown in their queue")
    SentBackAssignment sendBack(@PathVariable UUID documentId, @RequestBody(required = false) SendBackBody body) {
        return queue.sendBack(documentId, body == null ? null : body.annotator(), body == null ? null : body.note());
    }

    private static QueueOrder order(String order) {
        try {
            return QueueOrder.valueOf(order.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("order", "must be agreement or position, not '" + order + "'");
        }
    }

    private static CurationStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CurationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("status", "must be NOT_STARTED, IN_PROGRESS or CURATED, not '" + status
                    + "'");
        }
    }
}
