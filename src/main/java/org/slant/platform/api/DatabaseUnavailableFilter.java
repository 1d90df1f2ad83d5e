package org.slant.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slant.platform.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of the REST API: a failure because the database is out of reach that no handler answered (one in
 * a security filter, such as the access token check) becomes 503 problem JSON with {@code Retry-After}, instead of a
 * servlet error page (a 500, or a redirect to the log-in page).
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ProblemResponses problems;

    public DatabaseUnavailableFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.caused(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("The database cannot be reached: {}", e.toString());
            response.resetBuffer();
            problems.databaseUnavailable(request, response);
        }
    }
}
