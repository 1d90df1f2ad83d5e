package org.slant.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slant.platform.DatabaseUnavailable;
import org.slant.platform.LoginLockedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem JSON for refusals that happen before a controller runs (authentication, access). */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /**
     * 401; or 429 with {@code Retry-After} when the user name is locked after too many failed attempts; or 503 with
     * {@code Retry-After} when the credentials could not be checked because the database is out of reach.
     */
    public void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException reason) throws IOException {
        if (databaseUnavailable(request, response, reason)) {
            return;
        }
        if (reason instanceof LoginLockedException locked) {
            response.setHeader("Retry-After", String.valueOf(locked.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, locked.getMessage() + ".");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Slant\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Authentication required: send a personal access token "
                + "(Authorization: Bearer) or HTTP Basic credentials of a Slant account.");
    }

    /** 401 for a bearer token that lets no one in (RFC 6750's {@code invalid_token}). */
    public void invalidToken(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException reason) throws IOException {
        if (databaseUnavailable(request, response, reason)) {
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Slant\", error=\"invalid_token\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Authentication required: the access token is unknown, "
                + "revoked or expired, or its account is deactivated.");
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException reason)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your account may not do this.");
    }

    /** Answers 503 if the database being out of reach is why the caller could not be let in. */
    private boolean databaseUnavailable(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException reason) throws IOException {
        if (!DatabaseUnavailable.caused(reason)) {
            return false;
        }
        databaseUnavailable(request, response);
        return true;
    }

    /** 503 with {@code Retry-After}: the database is out of reach (docs/api.md). */
    public void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.retryAfterSeconds()));
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
