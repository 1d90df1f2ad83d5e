package org.slant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls Slant's REST API over real HTTP, as a user's script would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    private ApiClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null);
    }

    public static ApiClient basic(int port, String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient("http://localhost:" + port, "Basic " + credentials);
    }

    /** Authenticated with a personal access token, as {@code Authorization: Bearer <token>}. */
    public static ApiClient bearer(int port, String token) {
        return new ApiClient("http://localhost:" + port, "Bearer " + token);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
    }

    /** POST with a JSON body. */
    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), path);
    }

    /** PUT with a JSON body. */
    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), path);
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), path);
    }

    /** POST of a body of any kind, e.g. JSON Lines; a null or empty {@code contentType} sends no Content-Type. */
    public Response post(String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).POST(body);
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        return send(request, path);
    }

    /** PUT of a body of any kind; a null or empty {@code contentType} sends no Content-Type. */
    public Response put(String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).PUT(body);
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        return send(request, path);
    }

    /** POST of files as multipart/form-data, each in a part named {@code part}, in the order given. */
    public Response postFiles(String path, String part, List<FilePart> files) {
        return postParts(path, files.stream().map(file -> new Part(part, file)).toList());
    }

    /** POST of files as multipart/form-data, each in the part it names, in the order given. */
    public Response postParts(String path, List<Part> parts) {
        String boundary = "slant-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part one : parts) {
            FilePart file = one.file();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + one.part()
                    + "\"; filename=\"" + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** A file to upload: its name and its bytes. */
    public record FilePart(String name, byte[] content) {
    }

    /** A file in the multipart part named {@code part}. */
    public record Part(String part, FilePart file) {
    }

    private Response send(HttpRequest.Builder request, String path) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String body, HttpHeaders headers) {

        public Response(int status, String contentType, String body) {
            this(status, contentType, body, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        /** The first value of the header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** Stops a script (a benchmark) whose request did not get the status it needs, showing what it got. */
        public Response expect(int wanted, String what) {
            if (status != wanted) {
                throw new IllegalStateException(what + " answered " + status + " (not " + wanted + "): "
                        + body.substring(0, Math.min(2000, body.length())));
            }
            return this;
        }
    }
}
