package org.slant.annotation.api;

import org.slant.annotation.AnnotationConflictException;
import org.slant.annotation.DocumentDoneException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 409 problem JSON for an edit refused because the annotation is not what the caller thinks, with the id and the
 * current version so a client can reload; or because the caller marked the document done (reopen it first). Ordered first: the platform's catch-all would otherwise answer 500.
 */
@RestControllerAdvice(assignableTypes = AnnotationsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnnotationConflicts {

    @ExceptionHandler(AnnotationConflictException.class)
    ProblemDetail conflict(AnnotationConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("annotationId", e.annotationId());
        if (e.currentVersion() != null) {
            problem.setProperty("currentVersion", e.currentVersion());
        }
        return problem;
    }

    @ExceptionHandler(DocumentDoneException.class)
    ProblemDetail done(DocumentDoneException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("documentId", e.documentId());
        return problem;
    }
}
