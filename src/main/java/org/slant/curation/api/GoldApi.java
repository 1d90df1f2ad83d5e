package org.slant.curation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.Saved;
import org.slant.annotation.SpanDraft;
import org.slant.curation.CurationStatus;
import org.slant.curation.DocumentGold;
import org.slant.curation.GoldService;
import org.slant.curation.GoldService.Accepted;
import org.slant.curation.GoldService.AcceptedAll;
import org.slant.platform.InvalidInputException;
import org.slant.schema.LayerKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A document's gold, for its project's curators and managers: read it, make and change gold spans and answers
 * (the annotation endpoints' shapes, ids and versions), accept annotators' work into it, mark it curated.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Gold")
class GoldApi {

    private final GoldService gold;

    GoldApi(GoldService gold) {
        this.gold = gold;
    }

    /** A gold span or answer, as an annotation body. */
    record GoldBody(UUID id, UUID layer, UUID label, Integer start, Integer end, Map<String, Object> attributes,
            Long version) {

        SpanDraft span() {
            return new SpanDraft(layer, label, start, end, attributes);
        }

        AnswerDraft answer() {
            if (start != null || end != null) {
                throw InvalidInputException.of(start != null ? "start" : "end",
                        "this layer takes answers about the whole article: leave out start and end");
            }
            return new AnswerDraft(layer, label, attributes);
        }
    }

    /**
     * @param annotationId the annotator's span or answer to accept
     * @param id optional: the id the gold gets, so a retried accept is not stored twice
     * @param replacing remove the gold it clashes with (overlapping gold spans of the layer, the layer's other
     *     gold answers) instead of being refused
     */
    record AcceptBody(UUID annotationId, UUID id, Boolean replacing) {
    }

    /** @param layer optional: only this layer's work */
    record AcceptAllBody(String annotator, UUID layer) {
    }

    record StatusBody(CurationStatus status) {
    }

    @GetMapping("/documents/{documentId}/gold")
    @Operation(summary = "The document's gold: status, spans and answers (curators and managers)")
    DocumentGold list(@PathVariable UUID documentId) {
        return gold.goldOf(documentId);
    }

    @PostMapping("/documents/{documentId}/gold")
    @Operation(summary = "Create a gold span or answer: 201, or 200 when a retry finds the same one already stored")
    ResponseEntity<Object> create(@PathVariable UUID documentId, @RequestBody GoldBody body) {
        boolean answer = body.layer() != null
                && gold.layerKind(documentId, body.layer()).orElse(LayerKind.SPAN) == LayerKind.DOCUMENT;
        Saved<?> saved = answer ? gold.createAnswer(documentId, body.id(), body.answer())
                : gold.createSpan(documentId, body.id(), body.span());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.annotation());
    }

    @PostMapping("/documents/{documentId}/gold/accept")
    @Operation(summary = "Accept an annotator's span or answer into gold, by its id: 201, or 200 when gold had it")
    ResponseEntity<Accepted> accept(@PathVariable UUID documentId, @RequestBody AcceptBody body) {
        if (body.annotationId() == null) {
            throw InvalidInputException.of("annotationId", "required: the id of the annotator's span or answer");
        }
        Accepted accepted = gold.accept(documentId, body.annotationId(), body.id(),
                Boolean.TRUE.equals(body.replacing()));
        return ResponseEntity.status(accepted.created() ? HttpStatus.CREATED : HttpStatus.OK).body(accepted);
    }

    @PostMapping("/documents/{documentId}/gold/accept-all")
    @Operation(summary = "Accept everything one annotator did on the document (optionally in one layer)")
    AcceptedAll acceptAll(@PathVariable UUID documentId, @RequestBody AcceptAllBody body) {
        if (body.annotator() == null || body.annotator().isBlank()) {
            throw InvalidInputException.of("annotator", "required: the annotator's username");
        }
        return gold.acceptAll(documentId, body.annotator(), body.layer());
    }

    @PostMapping("/documents/{documentId}/gold/status")
    @Operation(summary = "Mark the document CURATED (its gold becomes read-only) or IN_PROGRESS (reopen it)")
    Map<String, CurationStatus> status(@PathVariable UUID documentId, @RequestBody StatusBody body) {
        if (body.status() == null || body.status() == CurationStatus.NOT_STARTED) {
            throw InvalidInputException.of("status", "must be CURATED or IN_PROGRESS");
        }
        return Map.of("status", body.status() == CurationStatus.CURATED ? gold.markCurated(documentId)
                : gold.reopen(documentId));
    }

    @PostMapping("/documents/{documentId}/gold/reopen")
    @Operation(summary = "Reopen a curated document's gold for changes")
    Map<String, CurationStatus> reopen(@PathVariable UUID documentId) {
        return Map.of("status", gold.reopen(documentId));
    }

    @GetMapping("/documents/{documentId}/gold/history")
    @Operation(summary = "Every change to the document's gold, oldest first: who, when, before, after, origin")
    List<Map<String, Object>> history(@PathVariable UUID documentId) {
        return gold.historyOf(documentId);
    }

    @PutMapping("/gold/{goldId}")
    @Operation(summary = "Change a gold span or answer; the body's version must be the stored one (409 otherwise)")
    Object update(@PathVariable UUID goldId, @RequestBody GoldBody body) {
        if (body.version() == null) {
            throw InvalidInputException.of("version", "required: the version you last read");
        }
        return gold.kindOf(goldId) == LayerKind.SPAN ? gold.updateSpan(goldId, body.version(), body.span())
                : gold.updateAnswer(goldId, body.version(), body.answer());
    }

    @DeleteMapping("/gold/{goldId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a gold span or answer at the given version; deleting it again answers 204 too")
    void delete(@PathVariable UUID goldId, @RequestParam long version) {
        gold.delete(goldId, version);
    }
}
