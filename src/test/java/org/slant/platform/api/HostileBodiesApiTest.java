package org.slant.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.HostileInput;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.OutletService;
import org.slant.corpus.StoryDraft;
import org.slant.corpus.StoryService;
import org.slant.curation.GoldService;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.AccessTokens;
import org.slant.team.Accounts;
import org.slant.team.SystemRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Property: whatever body a JSON endpoint of the REST API receives (random JSON values, wrong types in its own
 * fields, huge strings and numbers, nulls, deep nesting, invalid UTF-8, a wrong Content-Type, too large), it never
 * answers 500, and every refusal is problem JSON with a readable detail. The endpoints are read from the OpenAPI
 * description, so a new endpoint is fuzzed without a change here. Calls are made as a system admin, who passes
 * every access check and so reaches every body's reading.
 */
@SlantSpringTest
class HostileBodiesApiTest {

    private static final long SEED = 20261204L;
    private static final int TRIES = 1000;
    private static final Set<Integer> REFUSALS = Set.of(400, 403, 404, 409, 413, 415, 422);
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    StoryService stories;
    @Autowired
    OutletService outlets;
    @Autowired
    AnnotationService annotations;
    @Autowired
    GoldService gold;
    @Autowired
    AccessTokens tokens;
    @Autowired
    Accounts accounts;

    ApiClient api;
    final Map<String, String> ids = new TreeMap<>();

    @BeforeEach
    void aProjectWithSomethingOfEveryKind() {
        // a token: HTTP Basic would cost a bcrypt check (tens of ms) on each of hundreds of calls
        api = ApiClient.bearer(port, tokens.create("fuzzing " + UUID.randomUUID(), null).token());
        UUID projectId = corpus.createProject("Hostile " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        LayerSchema layer = schema.layers(projectId).stream().filter(one -> !one.attributes().isEmpty())
                .findFirst().orElseThrow();
        UUID documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks",
                "NATO and Russia talked in Brussels on Wednesday.", null, null, null, null, null, Map.of())))
                .getFirst().getId();
        UUID labelId = layer.labels().getFirst().id();
        ids.put("projectId", projectId.toString());
        ids.put("documentId", documentId.toString());
        ids.put("layerId", layer.id().toString());
        ids.put("labelId", labelId.toString());
        ids.put("attributeId", layer.attributes().getFirst().id().toString());
        ids.put("annotationId", annotations.createSpan(documentId, null, new SpanDraft(layer.id(), labelId, 0, 4,
                Map.of())).annotation().id().toString());
        ids.put("goldId", gold.createSpan(documentId, null, new SpanDraft(layer.id(), labelId, 5, 8, Map.of()))
                .annotation().id().toString());
        ids.put("storyId", stories.create(projectId, new StoryDraft("Talks", null, "", List.of())).id().toString());
        ids.put("outletId", outlets.create(projectId, "Wire " + UUID.randomUUID(), null).id().toString());
        // a throwaway account for PUT /users/{userId}: a random body must not lock the admin out
        ids.put("userId", accounts.create("fuzz-" + UUID.randomUUID().toString().substring(0, 8), "Fuzz",
                "fuzz-password-1", SystemRole.USER).id().toString());
        ids.put("tokenId", UUID.randomUUID().toString());
    }

    @Test
    void noJsonEndpointAnswers500WhateverTheBody() {
        List<Endpoint> endpoints = jsonEndpoints();
        assertThat(endpoints).as("the JSON endpoints of the OpenAPI description").hasSizeGreaterThan(30);
        Map<String, Integer> statuses = new TreeMap<>();
        HostileInput.tries(SEED, TRIES, (input, number) -> {
            Endpoint endpoint = endpoints.get(number % endpoints.size());
            Body body = body(input, endpoint);
            Response response = send(endpoint, body);
            String where = endpoint + " with " + body;
            assertThat(response.status()).as(where + " answered " + response.body())
                    .isLessThan(500).isNotEqualTo(401);
            if (response.status() >= 400) {
                assertThat(REFUSALS).as(where).contains(response.status());
                assertThat(response.contentType()).as(where).startsWith("application/problem+json");
                assertThat(response.json().path("detail").asString("")).as(where + ": " + response.body())
                        .isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
            }
            if (body.tooLarge()) {
                assertThat(response.status()).as(where).isEqualTo(413);
            }
            statuses.merge(response.status() + "", 1, Integer::sum);
        });
        // the fuzzing reached past the body's reading, not only into its refusals
        assertThat(statuses).containsKeys("400", "413");
        assertThat(statuses.keySet()).anyMatch(status -> status.startsWith("2"));
    }

    /** The same for the query parameters of every GET: wrong types, huge numbers, text of every kind. */
    @Test
    void noReadAnswers500WhateverItsParameters() {
        JsonNode docs = api.get("/v3/api-docs").json();
        List<Endpoint> reads = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (!get.isMissingNode()) {
                List<String> parameters = new ArrayList<>();
                get.path("parameters").forEach(parameter -> {
                    if (parameter.path("in").asString("").equals("query")) {
                        parameters.add(parameter.path("name").asString());
                    }
                });
                reads.add(new Endpoint("GET", path.getKey(), parameters));
            }
        }
        assertThat(reads).hasSizeGreaterThan(20);
        Map<Integer, Integer> statuses = new TreeMap<>();
        HostileInput.tries(SEED, TRIES / 2, (input, number) -> {
            Endpoint read = reads.get(number % reads.size());
            StringBuilder query = new StringBuilder();
            for (String parameter : read.fields()) {
                if (input.chance(0.7)) {
                    String value = input.chance(0.5) ? input.number() : input.string();
                    query.append(query.isEmpty() ? "?" : "&").append(parameter).append('=')
                            .append(java.net.URLEncoder.encode(value.length() > 2000 ? value.substring(0, 2000)
                                    : value, StandardCharsets.UTF_8));
                }
            }
            Response response = api.get(read.path(ids) + query);
            String where = read + query.toString();
            assertThat(response.status()).as(where + " answered " + response.body()).isLessThan(500);
            if (response.status() >= 400) {
                assertThat(response.contentType()).as(where).startsWith("application/problem+json");
            }
            statuses.merge(response.status(), 1, Integer::sum);
        });
        assertThat(statuses).containsKeys(200, 400);
    }

    /** Every POST and PUT of /api/v1 that takes a JSON body, with the names of its body's fields. */
    private List<Endpoint> jsonEndpoints() {
        JsonNode docs = api.get("/v3/api-docs").json();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (String method : List.of("post", "put")) {
                JsonNode body = path.getValue().path(method).path("requestBody").path("content")
                        .path("application/json");
                if (!body.isMissingNode()) {
                    endpoints.add(new Endpoint(method.toUpperCase(), path.getKey(), fields(docs, body.path("schema"))));
                }
            }
        }
        return endpoints;
    }

    private static List<String> fields(JsonNode docs, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        JsonNode resolved = ref.isEmpty() ? schema
                : docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        List<String> names = new ArrayList<>();
        resolved.path("properties").propertyNames().forEach(names::add);
        return names;
    }

    private Body body(HostileInput input, Endpoint endpoint) {
        int kind = input.random().nextInt(100);
        if (kind < 55) {
            return Body.json(input.object(endpoint.fields(), 2));
        } else if (kind < 70) {
            return Body.json(input.jsonValue(3));
        } else if (kind < 76) {
            String json = input.object(endpoint.fields(), 2);
            return Body.json(json.substring(0, input.random().nextInt(json.length())));
        } else if (kind < 82) {
            String field = endpoint.fields().isEmpty() ? "x" : input.oneOf(endpoint.fields());
            return Body.json("{" + HostileInput.quoted(field) + ":" + HostileInput.deeplyNested(
                    input.between(600, 5000)) + "}");
        } else if (kind < 88) {
            return new Body("application/json", input.notUtf8(input.object(endpoint.fields(), 1)), false);
        } else if (kind < 94) {
            return new Body(input.oneOf(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=hostile", "multipart/form-data", "application/json; charset=latin1",
                    "application/x-ndjson", "")), input.object(endpoint.fields(), 1).getBytes(StandardCharsets.UTF_8),
                    false);
        } else {
            String field = endpoint.fields().isEmpty() ? "x" : input.oneOf(endpoint.fields());
            return new Body("application/json", ("{" + HostileInput.quoted(field) + ":\"" + "y".repeat(1_100_000)
                    + "\"}").getBytes(StandardCharsets.UTF_8), true);
        }
    }

    private Response send(Endpoint endpoint, Body body) {
        String path = endpoint.path(ids);
        var publisher = BodyPublishers.ofByteArray(body.bytes());
        return endpoint.method().equals("POST") ? api.post(path, body.contentType(), publisher)
                : api.put(path, body.contentType(), publisher);
    }

    record Endpoint(String method, String template, List<String> fields) {

        String path(Map<String, String> ids) {
            Matcher variable = VARIABLE.matcher(template);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                variable.appendReplacement(path, ids.getOrDefault(variable.group(1), UUID.randomUUID().toString()));
            }
            return variable.appendTail(path).toString();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    record Body(String contentType, byte[] bytes, boolean tooLarge) {

        static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8), false);
        }

        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return "'" + contentType + "' body " + (text.length() > 300 ? text.substring(0, 300) + "… ("
                    + bytes.length + " bytes)" : text);
        }
    }
}
