package org.slant.annotation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.BulkChanges;
import org.slant.annotation.BulkSaved;
import org.slant.annotation.DocumentAnnotations;
import org.slant.annotation.Saved;
import org.slant.annotation.SpanDraft;
import org.slant.platform.InvalidInputException;
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
 * The caller's spans and answers on a document. One endpoint takes both: the layer's kind decides whether the body
 * is a span (with offsets) or an answer about the whole article.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Annotations")
class AnnotationsApi {

    private final AnnotationService annotations;

    AnnotationsApi(AnnotationService annotations) {
        this.annotations = annotations;
    }

    /**
     * A span or an answer.
     *
     * @param id optional on create: chosen by the client so a retried save is not stored twice
     * @param version on change: the version last read, so an edit made meanwhile elsewhere is not overwritten
     */
    record AnnotationBody(UUID id, UUID layer, UUID label, Integer start, Integer end,
            Map<String, Object> attributes, Long version) {

        SpanDraft span() {
            return new SpanDraft(layer, label, start, end, attributes);
        }
    }

    @GetMapping("/documents/{documentId}/annotations")
    @Operation(summary = "The caller's spans and answers on a document (another annotator's with annotator=username)")
    DocumentAnnotations list(@PathVariable UUID documentId, @RequestParam(required = false) String annotator) {
        return annotations.annotationsOf(documentId, annotator);
    }

    @PostMapping("/documents/{documentId}/annotations")
    @Operation(summary = "Create a span or an answer: 201, or 200 when a retry finds the same one already stored")
    ResponseEntity<Object> create(@PathVariable UUID documentId, @RequestBody AnnotationBody body) {
        Saved<?> saved = annotations.create(documentId, body.id(), body.span());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.annotation());
    }

    /** Many changes of one document: spans or answers to create, and changes and deletions by id and version. */
    record BulkBody(List<AnnotationBody> create, List<AnnotationBody> update, List<AnnotationBody> delete) {

        BulkChanges on(UUID documentId) {
            return new BulkChanges(documentId, changes(create), changes(update), changes(delete));
        }

        private static List<BulkChanges.Change> changes(List<AnnotationBody> bodies) {
            return bodies == null ? List.of() : bodies.stream().map(body -> body == null
                    ? new BulkChanges.Change(null, null, null)
                    : new BulkChanges.Change(body.id(), body.version(), body.span())).toList();
        }
    }

    /** Changes of several documents, each as {@link BulkBody} with its documentId. */
    record DocumentsBulkBody(List<DocumentBulk> documents) {
    }

    record DocumentBulk(UUID documentId, List<AnnotationBody> create, List<AnnotationBody> update,
            List<AnnotationBody> delete) {
    }

    @PostMapping("/documents/{documentId}/annotations/bulk")
    @Operation(summary = "Create, change and delete many spans and answers of one document, all or nothing")
    BulkSaved bulk(@PathVariable UUID documentId, @RequestBody BulkBody body) {
        return annotations.bulk(List.of(body.on(documentId)), false).getFirst();
    }

    @PostMapping("/annotations/bulk")
    @Operation(summary = "Create, change and delete many spans and answers of several documents, all or nothing")
    Map<String, List<BulkSaved>> bulk(@RequestBody DocumentsBulkBody body) {
        if (body.documents() == null || body.documents().isEmpty()) {
            throw InvalidInputException.of("documents", "required: a list of {documentId, create, update, delete}");
        }
        return Map.of("documents", annotations.bulk(body.documents().stream().map(document -> document == null
                ? new BulkChanges(null, null, null, null)
                : new BulkBody(document.create(), document.update(), document.delete()).on(document.documentId()))
                .toList(), true));
    }

    @PutMapping("/annotations/{annotationId}")
    @Operation(summary = "Change a span or answer; the body's version must be the stored one (409 otherwise)")
    Object update(@PathVariable UUID annotationId, @RequestBody AnnotationBody body) {
        if (body.version() == null) {
            throw InvalidInputException.of("version", "required: the version you last read, so that an edit made "
                    + "meanwhile (in another tab) is not overwritten");
        }
        return annotations.updateAnnotation(annotationId, body.version(), body.span());
    }

    @DeleteMapping("/annotations/{annotationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a span or answer at the given version; deleting it again answers 204 too")
    void delete(@PathVariable UUID annotationId, @RequestParam long version) {
        annotations.deleteAnnotation(annotationId, version);
    }
}
