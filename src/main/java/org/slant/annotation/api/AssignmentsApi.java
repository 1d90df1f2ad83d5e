package org.slant.annotation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slant.annotation.Distribution;
import org.slant.annotation.WorkAssignment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work queue")
class AssignmentsApi {

    private final WorkAssignment assignment;

    AssignmentsApi(WorkAssignment assignment) {
        this.assignment = assignment;
    }

    @PostMapping("/projects/{projectId}/assignments")
    @Operation(summary = "Distribute the documents: k distinct annotators each, shares within one, stories kept "
            + "together where possible; optional k, annotators (usernames) and seed (managers)")
    Distribution distribute(@PathVariable UUID projectId, @RequestBody(required = false) DistributionRequest body) {
        DistributionRequest request = body == null ? new DistributionRequest(null, null, null) : body;
        return assignment.distribute(projectId, request.k(), request.annotators(), request.seed());
    }

    @PostMapping("/documents/{documentId}/reassign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Move a document not yet started from one annotator to another (managers)")
    void reassign(@PathVariable UUID documentId, @RequestBody Reassignment body) {
        assignment.reassign(documentId, body.from(), body.to());
    }

    record DistributionRequest(Integer k, List<String> annotators, Long seed) {
    }

    record Reassignment(String from, String to) {
    }
}
