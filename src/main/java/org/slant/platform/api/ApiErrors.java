package org.slant.platform.api;

import org.slant.platform.BusyException;
import org.slant.platform.DatabaseUnavailable;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.platform.RequestBodyLimits;
import org.slant.platform.RequestBodyTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;
import org.springframework.http.ProblemDetail;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the REST API into RFC 9457 problem JSON with a readable {@code detail}. Spring MVC's own
 * errors (bad parameters, unsupported media types...) come through the base class; a stack trace never leaves the
 * server.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** 400 with every problem listed in a {@code problems} member: [{"where": ..., "message": ...}]. */
    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    /** 409: the change would alter annotations; the count says how many, {@code confirm=true} goes ahead. */
    @ExceptionHandler(ConfirmationRequiredException.class)
    ProblemDetail confirmationRequired(ConfirmationRequiredException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage() + " Repeat the call with confirm=true.");
        problem.setProperty("affectedAnnotations", e.affectedAnnotations());
        return problem;
    }

    /** 503 with {@code Retry-After}: the server is doing as much of this work as it takes at once. */
    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' has an invalid value: '"
                + e.getValue() + "'" + (e.getRequiredType() == null ? "" : " (expected " + expected(e) + ")"));
    }

    /**
     * A request the server will not read: Spring Security's firewall refuses it (e.g. a form body whose parameter
     * names hold characters no form sends), or Tomcat cannot decode its form parameters. The caller's malformed
     * request, not the server's failure.
     */
    @ExceptionHandler({RequestRejectedException.class, InvalidParameterException.class})
    ProblemDetail unreadableRequest(RuntimeException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return problem(HttpStatus.BAD_REQUEST, "The request cannot be read: "
                + (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason)
                + ". The REST API takes JSON bodies (Content-Type: application/json).");
    }

    /** Anything else: 503 with {@code Retry-After} while the database is out of reach, otherwise 500 (logged). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.caused(e)) {
            log.warn("The database cannot be reached: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.retryAfterSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE));
        }
        log.error("Unexpected error in the REST API", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong on the server; the error has been logged."));
    }

    private static String expected(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType().getSimpleName();
        return switch (type) {
            case "UUID" -> "a UUID such as 0b6f0f3e-8c5a-4c1e-9b7a-2f1d3c4b5a69";
            case "int", "Integer", "long", "Long" -> "a whole number";
            default -> type;
        };
    }

    /** A body that is not the JSON the endpoint takes: say where and what, instead of "Failed to read request". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyTooLargeException tooLarge = RequestBodyLimits.tooLarge(e);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()
                            + ": send less at once, or raise the limit."));
        }
        String detail = "The request body could not be read";
        if (e.getMostSpecificCause() instanceof JacksonException json) {
            String field = json.getPath().stream().map(reference -> reference.getPropertyName() != null
                    ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = json.getOriginalMessage().lines().findFirst().orElse("").strip();
            detail += (field.isEmpty() ? "" : ": field '" + field + "'") + ": " + message;
            if (json.getLocation() != null && json.getLocation().getLineNr() > 0) {
                detail += " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
                        + ")";
            }
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, detail));
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
