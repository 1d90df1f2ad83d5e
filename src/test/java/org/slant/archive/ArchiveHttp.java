package org.slant.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Downloads and uploads project archives over real HTTP, as a user's browser or script would. */
final class ArchiveHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    private ArchiveHttp(int port, String username, String password) {
        this.base = "http://localhost:" + port + "/api/v1/projects";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static ArchiveHttp as(int port, String username, String password) {
        return new ArchiveHttp(port, username, password);
    }

    HttpResponse<byte[]> download(UUID projectId) {
        return send(request("/" + projectId + "/archive").GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** As a browser's form upload: multipart/form-data with the archive in the field "file". */
    HttpResponse<String> uploadForm(byte[] archive, String fileName) {
        String boundary = "slant-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + archive.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(archive, 0, body, head.length, archive.length);
        System.arraycopy(tail, 0, body, head.length + archive.length, tail.length);
        return send(request("/archive").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());
    }

    /** As a script would: the archive as the request body. */
    HttpResponse<String> uploadBody(byte[] archive) {
        return send(request("/archive").header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
