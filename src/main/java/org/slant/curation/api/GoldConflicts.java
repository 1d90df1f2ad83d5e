package org.slant.curation.api;

import org.slant.curation.DocumentCuratedException;
import org.slant.curation.GoldConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 409 problem JSON for gold that is not what the caller thinks, or for a change to a curated document's gold. */
@RestControllerAdvice(basePackages = "org.slant.curation.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class GoldConflicts {

    @ExceptionHandler(GoldConflictException.class)
    ProblemDetail conflict(GoldConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("goldId", e.goldId());
        if (e.currentVersion() != null) {
            problem.setProperty("currentVersion", e.currentVersion());
        }
        return problem;
    }

    @ExceptionHandler(DocumentCuratedException.class)
    ProblemDetail curated(DocumentCuratedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("documentId", e.documentId());
        return problem;
    }
}
