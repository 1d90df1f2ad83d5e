package org.slant.team.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /session tells the annotate view whether its browser is still signed in (the signed-in case is seen in Chromium by
 * SaveStateIT): to anyone else it says no, without creating a session or saying anything more.
 */
@SlantSpringTest
class SignedInStateTest {

    @LocalServerPort
    int port;

    @Test
    void aBrowserWithoutASessionIsToldItIsNotSignedInAndGetsNoSession() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/session")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"signedIn\":false}");
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }
}
