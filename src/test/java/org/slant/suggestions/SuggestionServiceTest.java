package org.slant.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slant.suggestions.QuotationRuleTest.python;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Saved;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.Suggestion;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Suggestions for an annotator against PostgreSQL: what is open, accepting, rejecting, and the managers' counts. */
@SlantSpringTest
class SuggestionServiceTest {

    /** A flag, an emoji, NBSP and CRLF: code points and UTF-16 differ all along. */
    static final String BRUSSELS = "Brussels 😀.\r\n“We will not compromise on the sovereignty of any nation 🇺🇦,” "
            + "Stoltenberg\u00A0told reporters.\r\nBIDEN ADMIN BACKS UKRAINE AHEAD OF NATO SUMMIT\r\nAdvertisement";
    static final String KYIV = "Kyiv: \"We will not compromise on the sovereignty of any nation,\" he added.";

    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    SchemaEditor editor;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    UUID projectId;
    UUID brussels;
    UUID kyiv;
    String amira;
    String ben;
    LayerSchema attribution;
    LayerSchema nonEditorial;

    @BeforeEach
    void aStoryOfTwoArticlesWithAttributionAndTextHygiene() {
        projectId = corpus.createProject("Suggestions " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.TEXT_HYGIENE).orElseThrow());
        List<UUID> documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("Brussels", BRUSSELS, "Wire", "Talks", null, null, null, Map.of()),
                new NewDocument("Kyiv", KYIV, "Kyiv Post", "Talks", null, null, null, Map.of()))).stream()
                .map(document -> document.getId()).toList();
        brussels = documents.get(0);
        kyiv = documents.get(1);
        amira = TestAccounts.named(users, "amira");
        ben = TestAccounts.named(users, "ben");
        memberships.add(projectId, amira, ProjectRole.ANNOTATOR);
        memberships.add(projectId, ben, ProjectRole.ANNOTATOR);
        attribution = layer("Attribution");
        nonEditorial = layer("Non-editorial");
    }

    @Test
    void quotationsCuesSpeakersAndPageFurnitureAtExactCodePoints() {
        List<Suggestion> open = as(amira, () -> suggestions.open(brussels));

        assertThat(open).extracting(Suggestion::source, suggestion -> labelName(suggestion.label()),
                Suggestion::text).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("quotes", "Content",
                                "We will not compromise on the sovereignty of any nation 🇺🇦"),
                        org.assertj.core.groups.Tuple.tuple("quotes", "Source", "Stoltenberg"),
                        org.assertj.core.groups.Tuple.tuple("quotes", "Cue", "told"),
                        org.assertj.core.groups.Tuple.tuple("non-editorial", "Promo headline",
                                "BIDEN ADMIN BACKS UKRAINE AHEAD OF NATO SUMMIT"),
                        org.assertj.core.groups.Tuple.tuple("non-editorial", "Advertisement", "Advertisement"));
        for (Suggestion suggestion : open) {
            assertThat(suggestion.text()).isEqualTo(python(BRUSSELS, suggestion.start(), suggestion.end()));
        }
        Suggestion content = open.getFirst();
        // "Brussels " 9, the emoji 1, "." 1, CRLF 2, "“" 1
        assertThat(content.start()).isEqualTo(14);
        assertThat(content.attributes()).isEqualTo(Map.of(attribute(attribution, "quote_type"), "direct",
                attribute(attribution, "speaker"), "Stoltenberg"));
    }

    @Test
    void inAnOutletBlindProjectTheRulesReadTheMaskedTextAndLeaveOutTheStorysOtherArticles() {
        var project = corpus.projectDetails(projectId);
        corpus.updateProject(projectId, new ProjectSettings(project.name(), project.description(),
                project.guidelines(), project.annotatorsPerDocument(), project.blind(), project.snapToWords(), true));
        // amira labelled Kyiv's quote, which Brussels shares: a shared-passage suggestion, were the story shown
        LayerSchema frame = attribution;
        as(amira, () -> annotations.createSpan(kyiv, null, new SpanDraft(frame.id(), label(frame, "Content"), 7, 62,
                Map.of())));

        List<Suggestion> open = as(amira, () -> suggestions.open(brussels));

        assertThat(open).extracting(Suggestion::source).doesNotContain("shared-passage").contains("quotes");
        UUID quoting = corpus.addDocuments(projectId, List.of(new NewDocument("Wire", "“Reporters for Kyiv Post "
                + "saw the talks fail,” Stoltenberg said.", "Wire", "Talks", null, null, null, Map.of()))).getFirst()
                .getId();
        assertThat(as(amira, () -> suggestions.open(quoting))).extracting(Suggestion::source, Suggestion::text)
                .contains(org.assertj.core.groups.Tuple.tuple("quotes",
                        "Reporters for XXXX XXXX saw the talks fail"));
    }

    @Test
    void acceptingMakesTheAnnotatorsSpanWithItsHistoryOnceHoweverOftenItIsSent() {
        Suggestion content = first(amira, brussels, "Content");
        UUID spanId = UUID.randomUUID();

        Saved<Span> accepted = as(amira, () -> suggestions.accept(brussels, spanId, content.key()));
        Saved<Span> retried = as(amira, () -> suggestions.accept(brussels, spanId, content.key()));

        assertThat(accepted.created()).isTrue();
        assertThat(retried.created()).isFalse();
        assertThat(accepted.annotation().id()).isEqualTo(spanId);
        assertThat(accepted.annotation().text()).isEqualTo(content.text());
        assertThat(accepted.annotation().attributes()).isEqualTo(content.attributes());
        assertThat(as(amira, () -> annotations.annotationsOf(brussels, null).spans())).extracting(Span::id)
                .containsExactly(spanId);
        assertThat(jdbc.queryForList("select action from annotation_event where annotation_id = ?", String.class,
                spanId)).containsExactly("CREATE");
        assertThat(jdbc.queryForList("select decision || ' ' || span_id from suggestion_decision where "
                + "document_id = ?", String.class, brussels)).containsExactly("ACCEPTED " + spanId);
        assertThat(as(amira, () -> suggestions.open(brussels))).extracting(Suggestion::text)
                .doesNotContain(content.text());
        // another annotator still has it to decide
        assertThat(as(ben, () -> suggestions.open(brussels))).extracting(Suggestion::text).contains(content.text());
    }

    @Test
    void anAcceptedSuggestionStaysClosedWhileItsSpanIsThereWhereverItWasMovedAndReturnsWhenItIsDeleted() {
        Suggestion cue = first(amira, brussels, "Cue");
        Span span = as(amira, () -> suggestions.accept(brussels, null, cue.key()).annotation());

        Span moved = as(amira, () -> annotations.updateSpan(span.id(), span.version(), new SpanDraft(null, null,
                null, cue.end() + 8, null)));
        assertThat(as(amira, () -> suggestions.open(brussels))).extracting(Suggestion::text).doesNotContain("told");

        as(amira, () -> annotations.deleteAnnotation(moved.id(), moved.version()));
        assertThat(as(amira, () -> suggestions.open(brussels))).extracting(Suggestion::text).contains("told");
    }

    @Test
    void aRejectedSuggestionIsRememberedAndDoesNotReturnUntilTheRejectionIsWithdrawn() {
        Suggestion promo = first(amira, brussels, "Promo headline");

        as(amira, () -> suggestions.reject(brussels, promo.key()));
        as(amira, () -> suggestions.reject(brussels, promo.key()));

        assertThat(as(amira, () -> suggestions.open(brussels))).extracting(Suggestion::text)
                .doesNotContain(promo.text());
        assertThat(jdbc.queryForObject("select count(*) from suggestion_decision where document_id = ? and "
                + "decision = 'REJECTED'", Long.class, brussels)).isEqualTo(1);
        assertThat(as(amira, () -> annotations.annotationsOf(brussels, null).spans())).isEmpty();
        assertThat(as(ben, () -> suggestions.open(brussels))).extracting(Suggestion::text).contains(promo.text());

        as(amira, () -> suggestions.withdrawRejection(brussels, promo.key()));
        assertThat(as(amira, () -> suggestions.open(brussels))).extracting(Suggestion::text).contains(promo.text());
    }

    @Test
    void whatTheAnnotatorAlreadyHasOrCouldNotAcceptIsNotProposed() {
        Suggestion source = first(amira, brussels, "Source");
        Suggestion promo = first(amira, brussels, "Promo headline");
        as(amira, () -> annotations.createSpan(brussels, null, new SpanDraft(attribution.id(), source.label(),
                source.start(), source.end(), Map.of())));
        // Non-editorial allows no overlapping spans: a Boilerplate span over part of the promo line blocks it
        as(amira, () -> annotations.createSpan(brussels, null, new SpanDraft(nonEditorial.id(),
                label(nonEditorial, "Boilerplate"), promo.start(), promo.start() + 5, Map.of())));

        assertThat(as(amira, () -> suggestions.open(brussels))).extracting(Suggestion::text)
                .doesNotContain("Stoltenberg", promo.text()).contains("told", "Advertisement");
    }

    @Test
    void aProjectWithoutTheLayersGetsNoSuggestions() {
        UUID plain = corpus.createProject("Plain " + UUID.randomUUID(), "").getId();
        schema.addPreset(plain, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        UUID document = corpus.addDocuments(plain, List.of(new NewDocument("Plain", BRUSSELS, null, null, null,
                null, null, Map.of()))).getFirst().getId();

        assertThat(suggestions.open(document)).isEmpty();
    }

    @Test
    void aSharedPassagesLabelFromAnotherArticleOfTheStory() {
        UUID content = label(attribution, "Content");
        String words = "not compromise on the sovereignty";
        int start = KYIV.indexOf(words);
        as(amira, () -> annotations.createSpan(kyiv, null, new SpanDraft(attribution.id(), content, start,
                start + words.length(), Map.of())));

        List<Suggestion> open = as(amira, () -> suggestions.open(brussels));

        Suggestion shared = open.stream().filter(suggestion -> suggestion.source().equals("shared-passage"))
                .findFirst().orElseThrow();
        assertThat(shared.text()).isEqualTo(words).isEqualTo(python(BRUSSELS, shared.start(), shared.end()));
        assertThat(shared.label()).isEqualTo(content);
        assertThat(shared.note()).contains("Kyiv Post");
        assertThat(as(ben, () -> suggestions.open(brussels))).extracting(Suggestion::source)
                .doesNotContain("shared-passage");
        Span accepted = as(amira, () -> suggestions.accept(brussels, null, shared.key()).annotation());
        assertThat(accepted.text()).isEqualTo(words);
    }

    @Test
    void aDecisionNamesWhatIsMissingOrWrongAndOnlyWhatIsProposedCanBeDecided() {
        Suggestion cue = first(amira, brussels, "Cue");

        assertThatThrownBy(() -> as(amira, () -> suggestions.accept(brussels, null, new Suggestion.Key(null,
                null, cue.label(), 5, 3)))).isInstanceOf(InvalidInputException.class)
                .satisfies(thrown -> assertThat(((InvalidInputException) thrown).problems())
                        .extracting(InvalidInputException.Problem::where).containsExactly("source", "layer", "end"));
        assertThatThrownBy(() -> as(amira, () -> suggestions.reject(brussels, new Suggestion.Key("quotes",
                cue.layer(), cue.label(), cue.start(), cue.end() + 1)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("suggestion");
        assertThatThrownBy(() -> as(amira, () -> suggestions.accept(UUID.randomUUID(), null, cue.key())))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from suggestion_decision where project_id = ?", Long.class,
                projectId)).isZero();
    }

    @Test
    void managersCountEachSourcesDecisionsPerLabel() {
        as(amira, () -> suggestions.accept(brussels, null, first(amira, brussels, "Content").key()));
        as(amira, () -> suggestions.reject(brussels, first(amira, brussels, "Cue").key()));
        as(ben, () -> suggestions.accept(brussels, null, first(ben, brussels, "Content").key()));
        as(ben, () -> suggestions.reject(brussels, first(ben, brussels, "Advertisement").key()));

        List<SuggestionService.DecisionCount> counts = suggestions.decisionCounts(projectId);

        assertThat(counts).extracting(count -> count.source() + " " + count.layerName() + "/" + count.labelName()
                + " " + count.accepted() + " " + count.rejected()).containsExactlyInAnyOrder(
                        "quotes Attribution/Content 2 0", "quotes Attribution/Cue 0 1",
                        "non-editorial Non-editorial/Advertisement 0 1");
        assertThatThrownBy(() -> as(amira, () -> suggestions.decisionCounts(projectId)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aLabelDeletedFromTheSchemaTakesItsDecisionsAndItsSuggestionsWithIt() {
        Suggestion cue = first(amira, brussels, "Cue");
        as(amira, () -> suggestions.reject(brussels, cue.key()));

        editor.deleteLabel(attribution.id(), cue.label(), true);

        assertThat(jdbc.queryForObject("select count(*) from suggestion_decision where project_id = ?", Long.class,
                projectId)).isZero();
        assertThat(as(amira, () -> suggestions.open(brussels))).extracting(Suggestion::label)
                .doesNotContain(cue.label()).isNotEmpty();
    }

    private Suggestion first(String annotator, UUID document, String label) {
        return as(annotator, () -> suggestions.open(document)).stream()
                .filter(suggestion -> labelName(suggestion.label()).equals(label)).findFirst().orElseThrow();
    }

    private String labelName(UUID label) {
        return schema.layers(projectId).stream().flatMap(layer -> layer.labels().stream())
                .filter(candidate -> candidate.id().equals(label)).findFirst().orElseThrow().name();
    }

    private LayerSchema layer(String name) {
        return schema.layers(projectId).stream().filter(layer -> layer.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static UUID label(LayerSchema layer, String name) {
        return layer.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static String attribute(LayerSchema layer, String name) {
        return layer.attributes().stream().filter(attribute -> attribute.name().equals(name)).findFirst()
                .orElseThrow().id().toString();
    }

    private static <T> T as(String username, java.util.function.Supplier<T> action) {
        return ActingAs.user(username, action);
    }

    private static void as(String username, Runnable action) {
        ActingAs.user(username, action);
    }
}
