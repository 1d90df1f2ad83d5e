package org.slant.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code GET /stories/{id}/sources} and its CSV on {@link SourcesStory}: the shapes, and who gets what. */
@SlantSpringTest
class SourcesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    SourcesStory story;
    String path;

    @BeforeEach
    void theStory() {
        story = new SourcesStory(context);
        path = "/api/v1/stories/" + story.storyId + "/sources";
    }

    @Test
    void theComparisonAsJson() {
        Response response = as(story.manager).get(path);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode json = response.json();
        assertThat(json.get("storyId").asString()).isEqualTo(story.storyId.toString());
        assertThat(json.get("story").asString()).isEqualTo(story.storyTitle);
        assertThat(json.get("source").asString()).isEqualTo("annotators");
        assertThat(json.get("annotator").isNull()).isTrue();
        assertThat(strings(json.get("annotators"))).containsExactly(story.alice, story.bob);
        assertThat(json.get("outlets").valueStream().map(outlet -> outlet.get("name").asString()))
                .containsExactly("Daily Ledger", "Fox News", "UPI");
        JsonNode upi = json.get("outlets").get(2);
        assertThat(upi.get("words").asInt()).isEqualTo(28);
        assertThat(upi.get("annotators").asInt()).isEqualTo(2);
        assertThat(upi.get("articles").get(1).get("documentId").asString()).isEqualTo(story.upi2.toString());
        assertThat(upi.get("articles").get(1).get("words").asInt()).isEqualTo(11);
        assertThat(upi.get("articles").get(1).get("gold").isNull()).isTrue();
        assertThat(json.get("attributionLayer").asString()).isEqualTo("Attribution");
        assertThat(strings(json.get("sourceAttributes"))).containsExactly("identification", "kind", "mediated",
                "via");
        assertThat(strings(json.get("shareLayers"))).containsExactly("Frame", "Tone", "Non-editorial");
        assertThat(json.get("notes").isEmpty()).isTrue();

        JsonNode mediated = json.get("sources").get(2);
        assertThat(mediated.get("name").asString()).isEqualTo("Jens Stoltenberg");
        assertThat(mediated.get("key").asString()).isEqualTo("jens stoltenberg");
        assertThat(mediated.get("attributes").propertyNames()).containsExactly("identification", "kind", "mediated",
                "via");
        assertThat(mediated.get("attributes").get("via").asString()).isEqualTo("CNN");
        assertThat(ints(mediated.get("counts"))).containsExactly(0, 0, 1);
        assertThat(mediated.get("total").asInt()).isEqualTo(1);

        JsonNode said = json.get("cues").get(0);
        assertThat(said.get("cue").asString()).isEqualTo("said");
        assertThat(ints(said.get("counts"))).containsExactly(2, 1, 0);

        JsonNode noOne = json.get("words").get(5);
        assertThat(noOne.get("source").isNull()).isTrue();
        assertThat(ints(noOne.get("contents"))).containsExactly(0, 0, 1);
        assertThat(ints(noOne.get("words"))).containsExactly(0, 0, 4);
        assertThat(json.get("words").get(0).get("bySpeaker").asInt()).isEqualTo(1);

        JsonNode frame = json.get("labels").get(0);
        assertThat(frame.get("layer").asString()).isEqualTo("Frame");
        assertThat(frame.get("label").asString()).isEqualTo("Security and defense");
        assertThat(ints(frame.get("spans"))).containsExactly(2, 0, 1);
        assertThat(ints(frame.get("words"))).containsExactly(10, 0, 17);
        assertThat(frame.get("shares").get(0).asDouble()).isEqualTo(10 / 17.0);
        assertThat(frame.get("shares").get(1).asDouble()).isEqualTo(0.0);
    }

    @Test
    void theComparisonAsCsvOneRowPerTableItemAndOutlet() {
        Response csv = as(story.manager).get(path + ".csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;")
                .contains("sources-nato-russia-council-").contains("-annotators.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("story_id,story,source,annotator,table,outlet_id,outlet,"
                + "outlet_words,layer,label,item,attributes,count,words,share");
        // (6 sources + 5 cues + 6 sources of words + 4 labels) x 3 outlets
        assertThat(lines).hasSize(1 + 21 * 3);
        JsonNode outlets = as(story.manager).get(path).json().get("outlets");
        String ledger = outlets.get(0).get("id").asString();
        String fox = outlets.get(1).get("id").asString();
        String upi = outlets.get(2).get("id").asString();
        String start = story.storyId + "," + story.storyTitle + ",annotators,,";
        assertThat(lines).contains(
                start + "sources," + upi + ",UPI,28,Attribution,Source,Jens Stoltenberg,"
                        + "\"{\"\"identification\"\":\"\"named\"\",\"\"kind\"\":\"\"person/official\"\","
                        + "\"\"mediated\"\":\"\"true\"\",\"\"via\"\":\"\"CNN\"\"}\",1,,",
                start + "cues," + ledger + ",Daily Ledger,17,Attribution,Cue,said,,2,,",
                start + "cues," + upi + ",UPI,28,Attribution,Cue,said,,0,,",
                start + "words," + upi + ",UPI,28,Attribution,Content,Jens Stoltenberg,,1,6,",
                start + "words," + upi + ",UPI,28,Attribution,Content,,,1,4,",
                start + "labels," + ledger + ",Daily Ledger,17,Frame,Security and defense,Security and defense,,2,10,"
                        + "0.588235",
                start + "labels," + fox + ",Fox News,26,Non-editorial,Promo headline,Promo headline,,1,4,0.153846",
                start + "labels," + fox + ",Fox News,26,Frame,Security and defense,Security and defense,,0,0,"
                        + "0.000000");
        assertThat(as(story.manager).get(path + "?format=csv").body()).isEqualTo(csv.body());
    }

    @Test
    void goldAndOneAnnotatorsWork() {
        JsonNode gold = as(story.curator).get(path + "?source=gold").json();
        assertThat(gold.get("source").asString()).isEqualTo("gold");
        assertThat(gold.get("outlets").get(1).get("articles").get(0).get("gold").asString()).isEqualTo("IN_PROGRESS");
        assertThat(gold.get("cues").size()).isEqualTo(1);

        JsonNode bobs = as(story.manager).get(path + "?annotator=" + story.bob).json();
        assertThat(bobs.get("annotator").asString()).isEqualTo(story.bob);
        assertThat(strings(bobs.get("annotators"))).containsExactly(story.bob);

        Response goldCsv = as(story.manager).get(path + ".csv?source=GOLD");
        assertThat(goldCsv.status()).isEqualTo(200);
        assertThat(goldCsv.header("Content-Disposition")).contains("-gold.csv");
        assertThat(goldCsv.body().lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",gold,,"));
    }

    @Test
    void anAnnotatorGetsTheirOwnWorkAndIsRefusedTheRest() {
        Response own = as(story.bob).get(path + "?annotator=" + story.bob);
        assertThat(own.status()).isEqualTo(200);
        assertThat(strings(own.json().get("annotators"))).containsExactly(story.bob);
        assertThat(as(story.bob).get(path + ".csv?annotator=" + story.bob).status()).isEqualTo(200);

        for (String refused : List.of(path, path + "?annotator=" + story.alice, path + "?source=gold",
                path + ".csv")) {
            Response response = as(story.bob).get(refused);
            assertThat(response.status()).as(refused).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain(story.alice).doesNotContain("Stoltenberg");
        }
    }

    @Test
    void anUnknownStoryOrAnOutsiderIsA404() {
        Response unknown = as(story.manager).get("/api/v1/stories/" + UUID.randomUUID() + "/sources");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).startsWith("Story ");
        assertThat(as(story.manager).get("/api/v1/stories/not-a-uuid/sources").status()).isIn(400, 404);

        String outsider = new SourcesStory(context).manager;
        Response hidden = as(outsider).get(path);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain(story.storyTitle);
    }

    @Test
    void aBadParameterIsA400NamingIt() {
        assertThat(where(as(story.manager).get(path + "?source=majority"))).isEqualTo("source");
        assertThat(where(as(story.manager).get(path + "?format=xml"))).isEqualTo("format");
        assertThat(where(as(story.manager).get(path + "?annotator=nobody"))).isEqualTo("annotator");
        assertThat(where(as(story.manager).get(path + "?source=gold&annotator=" + story.alice)))
                .isEqualTo("annotator");
        assertThat(where(as(story.manager).get(path + ".csv?source=none"))).isEqualTo("source");
    }

    @Test
    void theOpenApiDescriptionHasBothEndpoints() {
        JsonNode description = ApiClient.anonymous(port).get("/v3/api-docs").json();
        JsonNode get = description.get("paths").get("/api/v1/stories/{storyId}/sources").get("get");

        assertThat(get.get("parameters").valueStream().map(parameter -> parameter.get("name").asString()))
                .contains("storyId", "source", "annotator", "format");
        assertThat(get.get("responses").get("200").get("content").propertyNames()).contains("application/json",
                "text/csv");
        assertThat(description.get("paths").has("/api/v1/stories/{storyId}/sources.csv")).isTrue();
        assertThat(description.get("components").get("schemas").get("SourcesCompared").get("properties")
                .propertyNames()).contains("outlets", "sources", "cues", "words", "labels", "notes");
    }

    private static String where(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isNotBlank();
        return response.json().get("problems").get(0).get("where").asString();
    }

    private ApiClient as(String username) {
        return ApiClient.basic(port, username, "unused");
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<Integer> ints(JsonNode array) {
        return array.valueStream().map(JsonNode::asInt).toList();
    }
}
