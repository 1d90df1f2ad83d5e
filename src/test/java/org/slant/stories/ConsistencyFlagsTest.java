package org.slant.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.curation.GoldService;
import org.slant.platform.ForbiddenException;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.stories.ConsistencyFlags.ArticleLabels;
import org.slant.stories.ConsistencyFlags.Flag;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Consistency flags against PostgreSQL: a quote both articles carry, labelled differently by one annotator, the
 * same by another, in one article only by a third; gold; who sees what.
 */
@SlantSpringTest
class ConsistencyFlagsTest {

    /** The shared quote is code points 9..55 in A (after the flag, 2 code points) and 11..57 in B (CRLF is 2). */
    static final String A = "🇺🇦 Kyiv: NATO\u00A0will not compromise on the sovereignty of Ukraine, he said 😀.";
    static final String B = "Brussels.\r\nNATO will not compromise on the sovereignty of any nation, she said.";

    @Autowired
    ConsistencyFlags consistency;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    GoldService gold;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;

    String manager;
    String amira;
    String jonas;
    String lena;
    UUID storyId;
    List<UUID> documents;
    LayerSchema frame;

    @BeforeEach
    void aStoryOfTwoArticlesSharingAQuote() {
        manager = TestAccounts.named(users, "manager");
        amira = TestAccounts.named(users, "amira");
        jonas = TestAccounts.named(users, "jonas");
        lena = TestAccounts.named(users, "lena");
        ProjectSettings settings = ProjectSettings.named("Consistency " + UUID.randomUUID(), "");
        UUID projectId = ActingAs.user(manager, () -> corpus.createProject(settings).getId());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        frame = schema.layers(projectId).stream().filter(layer -> layer.kind() == LayerKind.SPAN).findFirst()
                .orElseThrow();
        documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("Kyiv", A, "Kyiv Post", "Talks", null, null, null, Map.of()),
                new NewDocument("Brussels", B, "Politico", "Talks", null, null, null, Map.of())))
                .stream().map(document -> document.getId()).toList();
        storyId = corpus.stories(projectId).getFirst().getId();
        for (String annotator : List.of(amira, jonas, lena)) {
            memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
        }
        // amira: label 0 in Kyiv's quote, label 2 in Politico's; jonas: label 0 in both; lena: Kyiv only
        span(amira, 0, 9, 55, 0);
        span(amira, 1, 11, 57, 2);
        span(jonas, 0, 9, 33, 0);
        span(jonas, 1, 11, 35, 0);
        span(lena, 0, 9, 55, 1);
    }

    @Test
    void aManagerSeesEachAnnotatorWhoLabelledTheSamePassageDifferently() {
        ConsistencyFlags.Report report = ActingAs.user(manager, () -> consistency.of(storyId, "annotators"));

        assertThat(report.flags()).singleElement().satisfies(flag -> {
            assertThat(flag.passageId()).isEqualTo(1);
            assertThat(flag.layer()).isEqualTo(frame.name());
            assertThat(flag.articles()).extracting(ArticleLabels::outlet, ArticleLabels::start, ArticleLabels::end,
                    ArticleLabels::labels).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Kyiv Post", 9, 55, List.of(label(0))),
                            org.assertj.core.groups.Tuple.tuple("Politico", 11, 57, List.of(label(2))));
        });
        assertThat(report.flags().getFirst().rater()).as("the project is blind: A is amira, first by username")
                .isEqualTo("A");
    }

    @Test
    void anAnnotatorSeesOnlyTheirOwnAndGoldIsForCurators() {
        assertThat(ActingAs.user(amira, () -> consistency.of(storyId, "annotators")).flags())
                .extracting(Flag::rater).containsExactly(amira);
        assertThat(ActingAs.user(jonas, () -> consistency.of(storyId, "annotators")).flags()).isEmpty();
        assertThatThrownBy(() -> ActingAs.user(amira, () -> consistency.of(storyId, "gold")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void goldIsARaterOfItsOwn() {
        ActingAs.user(manager, () -> {
            gold.createSpan(documents.get(0), null, new SpanDraft(frame.id(), frame.labels().get(3).id(), 9, 55,
                    Map.of()));
            gold.createSpan(documents.get(1), null, new SpanDraft(frame.id(), frame.labels().get(4).id(), 11, 57,
                    Map.of()));
            return null;
        });

        assertThat(ActingAs.user(manager, () -> consistency.of(storyId, "gold")).flags()).singleElement()
                .satisfies(flag -> {
                    assertThat(flag.rater()).isEqualTo("gold");
                    assertThat(flag.articles()).extracting(ArticleLabels::labels)
                            .containsExactly(List.of(label(3)), List.of(label(4)));
                });
    }

    private String label(int index) {
        return frame.labels().get(index).name();
    }

    private void span(String annotator, int document, int start, int end, int label) {
        ActingAs.user(annotator, () -> annotations.createSpan(documents.get(document), null, new SpanDraft(frame.id(),
                frame.labels().get(label).id(), start, end, Map.of())));
    }
}
