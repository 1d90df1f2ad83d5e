package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.team.ProjectRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /projects/{id}/curation/quality} on {@link QualityStudy}'s blind project: managers and curators read
 * everyone by username, an annotator only themselves, others nothing.
 */
@SlantSpringTest
class QualityApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;

    QualityStudy study;
    String path;

    @BeforeEach
    void theStudy() {
        study = new QualityStudy(context);
        path = "/api/v1/projects/" + study.projectId + "/curation/quality";
    }

    @Test
    void aManagerReadsEveryAnnotatorByNameThoughTheProjectIsBlind() {
        assertThat(corpus.projectDetails(study.projectId).blind()).isTrue();

        JsonNode report = as(study.manager).get(path + "?layer=Stance").json();

        assertThat(report.get("documents").asInt()).isEqualTo(3);
        assertThat(report.get("documentsWithGold").asInt()).isEqualTo(3);
        assertThat(names(report.get("annotators"))).containsExactly(study.amira, study.jonas);
        JsonNode overlap = report.get("figures").valueStream().filter(figure -> figure.get("annotator").asString()
                .equals(study.amira) && figure.get("label").isNull()
                && figure.get("measure").asString().equals("F1_OVERLAP")).findFirst().orElseThrow();
        assertThat(overlap.get("layer").asString()).isEqualTo("Stance");
        assertThat(overlap.get("layerId").asString()).isEqualTo(study.project.stance.id().toString());
        assertThat(overlap.get("precision").asDouble()).isEqualTo(0.6);
        assertThat(overlap.get("recall").asDouble()).isEqualTo(0.6);
        assertThat(overlap.get("value").asDouble()).isEqualTo(0.6);
        assertThat(overlap.get("truePositives").asLong()).isEqualTo(3);
        assertThat(overlap.get("annotatorUnits").asLong()).isEqualTo(5);
        assertThat(overlap.get("goldUnits").asLong()).isEqualTo(5);
        assertThat(overlap.get("documents").asInt()).isEqualTo(3);
        assertThat(report.get("figures").valueStream().map(figure -> figure.get("layer").asString()))
                .containsOnly("Stance");
        JsonNode jonass = report.get("confusion").valueStream().filter(table -> table.get("annotator").asString()
                .equals(study.jonas)).findFirst().orElseThrow();
        assertThat(names(jonass.get("labels"))).containsExactly("Support", "Oppose");
        assertThat(jonass.get("cells").valueStream().filter(cell -> cell.get("label").isNull()).toList())
                .singleElement().satisfies(missed -> {
                    assertThat(missed.get("goldLabel").asString()).isEqualTo("Support");
                    assertThat(missed.get("count").asLong()).isEqualTo(1);
                });
        assertThat(report.get("measures").get("F1_OVERLAP").get("definition").asString()).contains("one pair");
    }

    @Test
    void anAnnotatorGetsOnlyTheirOwnRowsAndIsRefusedAnyoneElses() {
        Response own = as(study.jonas).get(path);

        assertThat(own.status()).isEqualTo(200);
        assertThat(names(own.json().get("annotators"))).containsExactly(study.jonas);
        assertThat(own.json().get("figures").valueStream().map(figure -> figure.get("annotator").asString()))
                .containsOnly(study.jonas).hasSize(13);
        assertThat(own.json().get("confusion").valueStream().map(table -> table.get("annotator").asString()))
                .containsOnly(study.jonas);
        assertThat(as(study.jonas).get(path + "?annotator=" + study.jonas).status()).isEqualTo(200);
        Response someoneElse = as(study.jonas).get(path + "?annotator=" + study.amira);
        assertThat(someoneElse.status()).isEqualTo(403);
        assertThat(someoneElse.body()).doesNotContain("truePositives");
    }

    @Test
    void aCuratorMayChooseOneAnnotatorAndAnOutsiderFindsNoProject() {
        JsonNode amiras = as(study.curator).get(path + "?annotator=" + study.amira).json();
        assertThat(names(amiras.get("annotators"))).containsExactly(study.amira);

        String outsider = QualityStudy.fixture(context).member(ProjectRole.MANAGER);
        assertThat(as(outsider).get(path).status()).isEqualTo(404);
    }

    @Test
    void anUnknownLayerOrAnnotatorIsA400NamingTheParameter() {
        Response layer = as(study.manager).get(path + "?layer=Stance,Frames");
        Response annotator = as(study.manager).get(path + "?annotator=nobody");

        assertThat(layer.status()).isEqualTo(400);
        assertThat(layer.json().get("problems").valueStream().map(problem -> problem.get("where").asString()))
                .containsExactly("layer");
        assertThat(layer.json().get("detail").asString()).contains("Frames");
        assertThat(annotator.status()).isEqualTo(400);
        assertThat(annotator.json().get("problems").get(0).get("where").asString()).isEqualTo("annotator");
    }

    private ApiClient as(String username) {
        return ApiClient.basic(port, username, "unused");
    }

    private static List<String> names(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
