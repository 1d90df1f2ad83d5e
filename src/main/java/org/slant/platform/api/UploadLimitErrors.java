package org.slant.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload over the size limit, or a multipart body that cannot be parsed, is refused while the request is read,
 * before any controller is chosen, so the REST API's own error handling never sees it (and the error page it would
 * fall to answers a bare 403 to a caller signed in by token). This answers both as problem JSON too, naming the limit
 * (and, for endpoints with an {@link UploadLimitHelp}, what to do instead).
 */
@RestControllerAdvice
class UploadLimitErrors {

    private final DataSize maxRequestSize;
    private final ObjectProvider<UploadLimitHelp> helps;

    UploadLimitErrors(@Value("${spring.servlet.multipart.max-request-size:-1B}") DataSize maxRequestSize,
            ObjectProvider<UploadLimitHelp> helps) {
        this.maxRequestSize = maxRequestSize;
        this.helps = helps;
    }

    /** A body announced as multipart/form-data that is not: no boundary, cut short, another boundary inside. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable(MultipartException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The multipart/form-data "
                + "body cannot be read: " + (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason)
                + ". Send files as form parts, each with its file name, or JSON with Content-Type: application/json.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String limit = maxRequestSize.toBytes() > 0 ? " of " + maxRequestSize.toMegabytes() + " MB" : "";
        String detail = helps.orderedStream().filter(help -> help.concerns(request)).findFirst()
                .map(help -> help.detail(maxRequestSize))
                .orElse("The upload is larger than the limit" + limit + " (slant.import.max-upload): split it into "
                        + "several uploads, or raise the limit.");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
