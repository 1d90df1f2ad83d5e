package org.slant.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import org.slant.platform.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers API paths that match no endpoint with a 404 problem, instead of letting them fall through to the web UI
 * (which would answer 200 with an HTML page).
 */
@RestController
class UnknownEndpoint {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("Endpoint", request.getMethod() + " " + request.getRequestURI());
    }
}
