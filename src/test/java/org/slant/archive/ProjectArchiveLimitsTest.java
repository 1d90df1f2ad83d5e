package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.SlantSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An archive upload over its limit is answered 413 with problem JSON before anything is stored: a raw body by the
 * archive limit (1 GB by default), a form upload also by the multipart limit (50 MB, the document import's).
 */
@SlantSpringTest
class ProjectArchiveLimitsTest {

    private static final long ONE_GB = 1024L * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ArchiveLimits limits;

    @Test
    void theArchiveLimitIsOneGigabyteByDefault() {
        assertThat(limits.maxUpload().toBytes()).isEqualTo(ONE_GB);
        assertThat(limits.describe()).isEqualTo("1 GB");
    }

    @Test
    void refusesABodyAnnouncedLargerThanTheLimitBeforeReadingIt() throws IOException {
        long projects = count("project");

        // a few bytes of a body announced as 1 GB and one byte: the answer comes without the rest being sent
        String response = rawPost(ONE_GB + 1, "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("The archive is larger than the limit of 1 GB (slant.archive.max-upload); "
                + "nothing was stored.");
        assertThat(count("project")).isEqualTo(projects);
    }

    @Test
    void refusesAFormUploadOverTheMultipartLimitSayingTheBodyMayBeLarger() {
        long projects = count("project");
        byte[] big = new byte[50 * 1024 * 1024 + 1024];
        Arrays.fill(big, (byte) 'a');

        HttpResponse<String> response = ArchiveHttp.as(port, "admin", SlantSpringTest.ADMIN_PASSWORD)
                .uploadForm(big, "big.slant.zip");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("detail").stringValue()).isEqualTo("The archive is larger than the limit of 50 MB "
                + "for form uploads (spring.servlet.multipart.max-file-size, which follows slant.import.max-upload); "
                + "nothing was stored. Send it as the request body instead (Content-Type: application/zip), which "
                + "may hold up to 1 GB (slant.archive.max-upload).");
        assertThat(count("project")).isEqualTo(projects);
    }

    @Test
    void theApiDescriptionTellsWhoMayImportAndTheLimits() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");

        JsonNode post = docs.json().get("paths").get("/api/v1/projects/archive").get("post");
        assertThat(post.get("requestBody").get("content").propertyNames()).contains("application/zip",
                "multipart/form-data");
        assertThat(post.get("responses").propertyNames()).contains("201", "400", "409", "413");
        assertThat(post.get("description").stringValue()).contains("only a system admin's import creates")
                .contains("slant.archive.max-upload");
    }

    /** A POST written by hand, so that Content-Length can announce more than is sent; answers the whole response. */
    private String rawPost(long contentLength, byte[] start) throws IOException {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + SlantSpringTest.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/projects/archive HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + credentials + "\r\nContent-Type: application/zip\r\nContent-Length: " + contentLength
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(start);
            out.flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            // the server waits for the rest of the body it will discard: read the answer only, to its end
            for (int read; !complete(response.toString(StandardCharsets.UTF_8)) && (read = in.read()) != -1; ) {
                response.write(read);
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether the response's headers and body have arrived: its Content-Length, or the last chunk. */
    private static boolean complete(String response) {
        int headersEnd = response.indexOf("\r\n\r\n");
        if (headersEnd < 0) {
            return false;
        }
        Matcher length = Pattern.compile("(?im)^Content-Length: *(\\d+)").matcher(response.substring(0, headersEnd));
        return length.find() ? response.length() - headersEnd - 4 >= Integer.parseInt(length.group(1))
                : response.endsWith("\r\n0\r\n\r\n");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
