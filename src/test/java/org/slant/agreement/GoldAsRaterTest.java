package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.corpus.CorpusService;
import org.slant.curation.GoldService;
import org.slant.platform.InvalidInputException;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Gold as a rater of {@link AgreementFixture}'s study. A curator accepts alice's spans and Tone answer of D1 into gold
 * and marks D1 curated, so gold is alice on D1:
 * <pre>
 *   Frames F1 exact on D1: alice × gold 1, bob × gold 1 (bob is alice there), carol × gold 1/2 (S[22,30) is not
 *   S[20,30)); Tone: gold says negative, as alice and bob do, carol neutral.
 * </pre>
 * D3, which only alice did, enters the report once its gold (alice's E[0,5)) is curated too: gold and alice rate it.
 */
@SlantSpringTest
class GoldAsRaterTest {

    static final AgreementOptions WITH_GOLD = new AgreementOptions(Set.of(), AgreementOptions.Work.DONE, Set.of(),
            AgreementOptions.Gold.CURATED);

    @LocalServerPort
    int port;
    @Autowired
    AgreementService agreement;
    @Autowired
    GoldService gold;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;
    @Autowired
    JdbcTemplate jdbc;

    AgreementFixture study;
    String curator;

    @BeforeEach
    void goldIsAliceOnD1() {
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
        curator = "curator-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(curator, "Curator", "{noop}unused", SystemRole.USER));
        memberships.add(study.projectId, curator, ProjectRole.CURATOR);
        acceptAll(0, "alice");
        ActingAs.user(curator, () -> gold.markCurated(study.documents.get(0)));
    }

    @Test
    void goldIdenticalToAnAnnotatorAgreesWithThemFully() {
        AgreementReport report = agreement.report(study.projectId, WITH_GOLD);

        assertThat(report.annotators()).contains("gold").hasSize(4);
        assertThat(report.documents()).as("D1 and D2, as without gold").isEqualTo(2);
        Figure aliceAndGold = pairFigure(report, "Frames", Measure.F1_EXACT, "alice");
        assertThat(aliceAndGold.value()).isEqualTo(1.0, within(1e-9));
        assertThat(aliceAndGold.documents()).as("gold rates D1 only").isEqualTo(1);
        assertThat(pairFigure(report, "Frames", Measure.F1_EXACT, "bob").value()).isEqualTo(1.0, within(1e-9));
        assertThat(pairFigure(report, "Frames", Measure.F1_EXACT, "carol").value()).isEqualTo(0.5, within(1e-9));
        assertThat(pairFigure(report, "Tone", Measure.COHEN_KAPPA, "carol").units()).isEqualTo(1);
        // the annotators' own pairs are what they were without gold
        AgreementReport without = agreement.report(study.projectId, AgreementOptions.DEFAULT);
        assertThat(without.annotators()).doesNotContain("gold");
        assertThat(pairValue(report, "alice", "bob")).isEqualTo(pairValue(without, "alice", "bob"));
    }

    @Test
    void aDocumentOneAnnotatorDidCountsOnceItsGoldIsCurated() {
        acceptAll(2, "alice");
        assertThat(agreement.report(study.projectId, WITH_GOLD).documents()).as("D3's gold is in progress")
                .isEqualTo(2);
        AgreementReport any = agreement.report(study.projectId, new AgreementOptions(Set.of(),
                AgreementOptions.Work.DONE, Set.of(), AgreementOptions.Gold.ANY));
        assertThat(any.documents()).isEqualTo(3);
        assertThat(pairFigure(any, "Frames", Measure.F1_EXACT, "alice").documents()).isEqualTo(2);
    }

    @Test
    void aGoldChangeGivesAReportComputedAfresh() {
        AgreementReport before = agreement.report(study.projectId, WITH_GOLD);
        AgreementReport annotatorsOnly = agreement.report(study.projectId, AgreementOptions.DEFAULT);

        ActingAs.user(curator, () -> {
            gold.reopen(study.documents.get(0));
            // gold now takes carol's Security [22,30) instead of alice's [20,30)
            gold.accept(study.documents.get(0), spanOf("carol", 0, 22), null, true);
            gold.markCurated(study.documents.get(0));
        });
        AgreementReport after = agreement.report(study.projectId, WITH_GOLD);

        assertThat(after).isNotSameAs(before);
        assertThat(pairFigure(after, "Frames", Measure.F1_EXACT, "carol").value()).isEqualTo(1.0, within(1e-9));
        assertThat(pairFigure(after, "Frames", Measure.F1_EXACT, "alice").value()).isEqualTo(0.5, within(1e-9));
        // (whether the annotators' own report is still kept is the cache's choice: it may drop a report when full)
        assertThat(agreement.report(study.projectId, AgreementOptions.DEFAULT).figures()).as("no gold in it")
                .isEqualTo(annotatorsOnly.figures());
    }

    @Test
    void aPassageShowsGoldsSpansBesideTheAnnotators() {
        Passage passage = agreement.passage(study.projectId, study.documents.get(0), "Frames", 20, 30, WITH_GOLD);

        assertThat(passage.readings()).extracting(Passage.Reading::annotator).contains("gold", study.usernames
                .get("carol"));
        Passage.Reading ofGold = passage.readings().stream().filter(reading -> reading.annotator().equals("gold"))
                .findFirst().orElseThrow();
        assertThat(ofGold.marks()).extracting(Passage.Mark::label).contains("Security");
        Passage tone = agreement.passage(study.projectId, study.documents.get(0), "Tone", 0, 0, WITH_GOLD);
        assertThat(tone.readings().stream().filter(reading -> reading.annotator().equals("gold")).findFirst()
                .orElseThrow().answers()).containsExactly("negative");
    }

    @Test
    void anAnnotatorNamedGoldCannotBeToldApartFromGold() {
        users.save(new User("gold", "Gold", "{noop}unused", SystemRole.USER));
        try {
            memberships.add(study.projectId, "gold", ProjectRole.ANNOTATOR);
            jdbc.update("insert into assignment (id, project_id, document_id, annotator_id, status) values (?, ?, ?, "
                    + "(select id from app_user where username = 'gold'), 'DONE')", UUID.randomUUID(),
                    study.projectId, study.documents.get(0));

            assertThatThrownBy(() -> agreement.report(study.projectId, WITH_GOLD))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("includeGold");
        } finally {
            jdbc.update("delete from assignment where annotator_id = (select id from app_user where username = "
                    + "'gold')");
            jdbc.update("delete from membership where user_id = (select id from app_user where username = 'gold')");
            jdbc.update("delete from app_user where username = 'gold'");
        }
    }

    @Test
    void theApiTakesIncludeGold() {
        ApiClient admin = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        String path = "/api/v1/projects/" + study.projectId + "/agreement";

        Response report = admin.get(path + "?includeGold=true&measure=F1_EXACT&scope=PAIR&layer=Frames");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.get("annotators").valueStream().map(JsonNode::asString)).contains("gold");
        assertThat(json.get("options").get("gold").asString()).isEqualTo("CURATED");
        JsonNode aliceAndGold = json.get("figures").valueStream().filter(figure -> figure.get("label").isNull()
                && figure.get("pair").valueStream().map(JsonNode::asString).toList()
                        .containsAll(List.of(study.usernames.get("alice"), "gold"))).findFirst().orElseThrow();
        assertThat(aliceAndGold.get("value").asDouble()).isEqualTo(1.0, within(1e-9));

        Response refused = admin.get(path + "?gold=any");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("problems").get(0).get("where").asString()).isEqualTo("gold");
        assertThat(admin.get(path + "?includeGold=perhaps").json().get("problems").get(0).get("where").asString())
                .isEqualTo("includeGold");
    }

    /** Everything the annotator did on the document, accepted into gold by the curator. */
    private void acceptAll(int document, String annotator) {
        ActingAs.user(curator, () -> gold.acceptAll(study.documents.get(document), study.usernames.get(annotator),
                null));
    }

    private UUID spanOf(String annotator, int document, int start) {
        return jdbc.queryForObject("select id from span_annotation where annotator_id = ? and document_id = ? "
                + "and start_offset = ? and label_id = (select id from label where layer_id = ? and name = "
                + "'Security')", UUID.class, study.ids.get(annotator), study.documents.get(document), start,
                study.frames.id());
    }

    private Figure pairFigure(AgreementReport report, String layer, Measure measure, String annotator) {
        List<String> pair = List.of(study.usernames.get(annotator), "gold");
        return report.figures().stream().filter(figure -> figure.scope() == Scope.PAIR && figure.measure() == measure
                && figure.label() == null && figure.layer().equals(layer) && figure.pair().containsAll(pair))
                .findFirst().orElseThrow();
    }

    private double pairValue(AgreementReport report, String a, String b) {
        List<String> pair = List.of(study.usernames.get(a), study.usernames.get(b));
        return report.figures().stream().filter(figure -> figure.scope() == Scope.PAIR
                && figure.measure() == Measure.F1_EXACT && figure.label() == null && figure.layer().equals("Frames")
                && figure.pair().containsAll(pair)).findFirst().orElseThrow().value();
    }
}
