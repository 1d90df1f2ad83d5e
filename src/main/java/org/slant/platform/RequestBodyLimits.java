package org.slant.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every request body has a limit, read before anything else reads it: a body announced larger is refused at once
 * with 413, and one that grows past the limit while read (sent in chunks, without a length) fails there, so no request
 * can fill memory or disk. Imports have larger limits of their own and count their bytes themselves (a corpus upload,
 * a project archive); uploads through the web UI get the largest of those; everything else (JSON bodies of the REST
 * API, the web UI's own messages, the login form) gets {@code slant.request.max-body}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RequestBodyLimits extends OncePerRequestFilter {

    static final String MAX_BODY = "slant.request.max-body";
    private static final PathPatternParser PATHS = PathPatternParser.defaultInstance;
    private static final PathPattern DOCUMENT_IMPORT = PATHS.parse("/api/v1/projects/{projectId}/documents");
    private static final PathPattern ARCHIVE_IMPORT = PATHS.parse("/api/v1/projects/archive");
    private static final PathPattern ANNOTATION_IMPORT = PATHS.parse("/api/v1/projects/{projectId}/annotations/import");
    /** Where the web UI's upload components send their files. */
    private static final PathPattern UI_UPLOAD = PATHS.parse("/VAADIN/dynamic/resource/**");

    private final long maxBody;
    private final long maxImport;
    private final long maxArchive;

    RequestBodyLimits(@Value("${" + MAX_BODY + ":1MB}") DataSize maxBody,
            @Value("${slant.import.max-upload:50MB}") DataSize maxImport,
            @Value("${slant.archive.max-upload:1GB}") DataSize maxArchive) {
        this.maxBody = maxBody.toBytes();
        this.maxImport = maxImport.toBytes();
        this.maxArchive = maxArchive.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitFor(request);
        if (limit == null) {
            chain.doFilter(request, response);
            return;
        }
        long announced = request.getContentLengthLong();
        if (announced > limit.bytes()) {
            refuse(request, response, new RequestBodyTooLargeException(limit.bytes(), limit.setting()));
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (IOException | ServletException | RuntimeException failure) {
            RequestBodyTooLargeException tooLarge = tooLarge(failure);
            if (tooLarge == null || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            refuse(request, response, tooLarge);
        }
    }

    /** The limit of this request's body; none where an import counts its own bytes against its own limit. */
    Limit limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var container = org.springframework.http.server.PathContainer.parsePath(path);
        if ("POST".equals(request.getMethod())
                && (DOCUMENT_IMPORT.matches(container) || ARCHIVE_IMPORT.matches(container))) {
            return null;
        }
        if ("POST".equals(request.getMethod()) && ANNOTATION_IMPORT.matches(container)) {
            // annotated corpora come as archives the import unpacks and counts itself; this bounds what is sent
            return new Limit(maxImport + DataSize.ofMegabytes(1).toBytes(), "slant.import.max-upload");
        }
        if (UI_UPLOAD.matches(container)) {
            // a file chosen in the web UI, plus room for the form around it
            return new Limit(Math.max(maxImport, maxArchive) + DataSize.ofMegabytes(1).toBytes(),
                    "slant.import.max-upload or slant.archive.max-upload");
        }
        return new Limit(maxBody, MAX_BODY);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response,
            RequestBodyTooLargeException tooLarge) throws IOException {
        // the client may still be sending: say so and close, rather than read what is refused
        response.setHeader("Connection", "close");
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String detail = tooLarge.getMessage() + ": send less at once, or raise the limit.";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\""
                    + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(detail);
        }
    }

    /** The limit found anywhere in the failure's causes, however the framework wrapped it. */
    public static RequestBodyTooLargeException tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    record Limit(long bytes, String setting) {
    }

    /** The request with its body counted as it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final Limit limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, Limit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountedInput(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountedInput extends ServletInputStream {

        private final ServletInputStream in;
        private final Limit limit;
        private long read;

        CountedInput(ServletInputStream in, Limit limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = in.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestBodyTooLargeException {
            read += n;
            if (read > limit.bytes()) {
                throw new RequestBodyTooLargeException(limit.bytes(), limit.setting());
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
