package org.slant.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.slant.suggestions.QuotationRuleTest.python;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementOptions;
import org.slant.agreement.AgreementReport;
import org.slant.agreement.AgreementService;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.PreAnnotations;
import org.slant.annotation.PreAnnotations.PreAnnotation;
import org.slant.annotation.PreAnnotationsFixture;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.Suggestion;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.export.ExportFormat;
import org.slant.export.ExportOptions;
import org.slant.export.ExportService;
import org.slant.platform.ForbiddenException;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.suggestions.SuggestionService.DecisionCount;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Pre-annotations (spans imported as a named source's) offered as suggestions, against PostgreSQL: shown to every
 * annotator at exact code points, decided like the rules' proposals, counted for managers, and never counted as
 * anyone's work until accepted.
 */
@SlantSpringTest
class PreAnnotationSuggestionsTest {

    /** A flag and an emoji (two UTF-16 units each code point), NBSP and CRLF. */
    static final String TEXT = "Brussels 😀.\r\n“We will not compromise on the sovereignty of any nation 🇺🇦,” "
            + "Stoltenberg\u00A0told reporters.\r\nAllies hesitate\r\nAdvertisement";
    static final String MODEL = "roberta-basil-v2";
    static final String DATASET = "BASIL 2019";

    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    PreAnnotations preAnnotations;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AgreementService agreement;
    @Autowired
    ExportService exports;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    UUID projectId;
    UUID document;
    String amira;
    String ben;
    String carl;
    LayerSchema bias;
    UUID lexical;
    UUID informational;

    @BeforeEach
    void aBasilProjectWithTwoAnnotators() {
        projectId = corpus.createProject("Pre-annotations " + UUID.randomUUID(), "").getId();
        // BASIL: a layer none of Slant's rules proposes for, so every suggestion here is a pre-annotation
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.BASIL).orElseThrow());
        document = corpus.addDocuments(projectId, List.of(new NewDocument("Brussels", TEXT, "Wire", null, null,
                null, null, Map.of()))).getFirst().getId();
        amira = TestAccounts.named(users, "amira");
        ben = TestAccounts.named(users, "ben");
        carl = TestAccounts.named(users, "carl");
        memberships.add(projectId, amira, ProjectRole.ANNOTATOR);
        memberships.add(projectId, ben, ProjectRole.ANNOTATOR);
        bias = schema.layers(projectId).stream().filter(layer -> layer.name().equals("Bias")).findFirst()
                .orElseThrow();
        lexical = label("Lexical");
        informational = label("Informational");
    }

    @Test
    void everyAnnotatorSeesTheSourcesSpansAtExactCodePointsWithTheAttributesTheSchemaStillHas() {
        store();

        List<Suggestion> open = as(amira, () -> suggestions.open(document));

        assertThat(open).extracting(Suggestion::source, Suggestion::label, Suggestion::text).containsExactly(
                tuple(DATASET, lexical, "compromise"),
                tuple(MODEL, lexical, "sovereignty of any nation 🇺🇦"),
                tuple(MODEL, informational, "Stoltenberg\u00A0told reporters"),
                tuple(MODEL, informational, "hesitate\r\nAdvertisement"));
        for (Suggestion suggestion : open) {
            assertThat(suggestion.text()).isEqualTo(python(TEXT, suggestion.start(), suggestion.end()));
            assertThat(suggestion.note()).isEqualTo(SuggestionService.PRE_ANNOTATION_NOTE);
        }
        // "Brussels " 9, the emoji 1, "." 1, CRLF 2, "“We will not " 13
        assertThat(open.getFirst().start()).isEqualTo(26);
        // the target and polarity stay; an attribute the schema no longer has and a choice not among the options go
        assertThat(open.get(1).attributes()).isEqualTo(Map.of(attribute("target"), "Ukraine",
                attribute("polarity"), "positive"));
        assertThat(open.get(2).attributes()).isEqualTo(Map.of(attribute("target"), "Stoltenberg"));
        assertThat(as(ben, () -> suggestions.open(document))).isEqualTo(open);
        // carl is no member: the document is not his to read, nor its suggestions
        assertThatThrownBy(() -> as(carl, () -> suggestions.open(document))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void acceptingMakesTheAnnotatorsSpanWithHistoryAndRejectingIsRememberedForThatAnnotatorOnly() {
        store();
        Suggestion sovereignty = open(amira, "sovereignty of any nation 🇺🇦");
        Suggestion hesitate = open(amira, "hesitate\r\nAdvertisement");
        UUID spanId = UUID.randomUUID();

        Span accepted = as(amira, () -> suggestions.accept(document, spanId, sovereignty.key()).annotation());
        as(amira, () -> suggestions.reject(document, hesitate.key()));

        assertThat(accepted.id()).isEqualTo(spanId);
        assertThat(accepted.text()).isEqualTo("sovereignty of any nation 🇺🇦");
        assertThat(accepted.start()).isEqualTo(sovereignty.start());
        assertThat(accepted.end()).isEqualTo(sovereignty.end());
        assertThat(accepted.attributes()).isEqualTo(Map.of(attribute("target"), "Ukraine", attribute("polarity"),
                "positive"));
        assertThat(jdbc.queryForList("select action from annotation_event where annotation_id = ?", String.class,
                spanId)).containsExactly("CREATE");
        assertThat(jdbc.queryForList("select source || ' ' || decision from suggestion_decision where "
                + "document_id = ? order by decision", String.class, document))
                .containsExactly(MODEL + " ACCEPTED", MODEL + " REJECTED");
        assertThat(as(amira, () -> suggestions.open(document))).extracting(Suggestion::text)
                .containsExactly("compromise", "Stoltenberg\u00A0told reporters");
        assertThat(as(ben, () -> suggestions.open(document))).extracting(Suggestion::text).containsExactly(
                "compromise", "sovereignty of any nation 🇺🇦", "Stoltenberg\u00A0told reporters",
                "hesitate\r\nAdvertisement");
        // the pre-annotation itself is untouched: it is still the source's, for everyone else
        assertThat(jdbc.queryForObject("select count(*) from pre_annotation where project_id = ?", Long.class,
                projectId)).isEqualTo(4);
    }

    @Test
    void agreementAndExportsCountNoPreAnnotationUntilOneIsAccepted() throws Exception {
        as(amira, () -> annotations.createSpan(document, null, new SpanDraft(bias.id(), lexical, 26, 36,
                Map.of())));
        as(ben, () -> annotations.createSpan(document, null, new SpanDraft(bias.id(), lexical, 26, 36,
                Map.of())));
        AgreementOptions started = new AgreementOptions(Set.of(), AgreementOptions.Work.STARTED, Set.of());
        AgreementReport before = agreement.report(projectId, started);
        String exportedBefore = export();

        store();

        AgreementReport after = agreement.report(projectId, started);
        assertThat(after.figures()).isEqualTo(before.figures());
        assertThat(after.disagreementCount()).isEqualTo(before.disagreementCount());
        assertThat(export()).isEqualTo(exportedBefore).doesNotContain("\"label\":\"Informational\"");

        as(amira, () -> suggestions.accept(document, null, open(amira, "Stoltenberg\u00A0told reporters").key()));

        assertThat(agreement.report(projectId, started).disagreementCount())
                .isGreaterThan(before.disagreementCount());
        assertThat(export()).contains("\"label\":\"Informational\",\"start\":75,\"end\":101,"
                + "\"text\":\"Stoltenberg\u00A0told reporters\"").doesNotContain("\"text\":\"hesitate");
    }

    @Test
    void managersCountEachSourcesSuggestionsDecisionsAndUndecidedPerLabel() {
        store();
        as(amira, () -> suggestions.accept(document, null, open(amira, "sovereignty of any nation 🇺🇦").key()));
        as(amira, () -> suggestions.reject(document, open(amira, "hesitate\r\nAdvertisement").key()));
        as(ben, () -> suggestions.reject(document, open(ben, "hesitate\r\nAdvertisement").key()));
        as(ben, () -> suggestions.accept(document, null, open(ben, "compromise").key()));

        List<DecisionCount> counts = suggestions.decisionCounts(projectId);

        assertThat(counts).extracting(DecisionCount::source, DecisionCount::labelName, DecisionCount::suggested,
                DecisionCount::accepted, DecisionCount::rejected, DecisionCount::undecided,
                DecisionCount::acceptanceRate).containsExactly(
                        tuple(DATASET, "Lexical", 1L, 1L, 0L, 0L, 1.0),
                        tuple(MODEL, "Lexical", 1L, 1L, 0L, 0L, 1.0),
                        tuple(MODEL, "Informational", 2L, 0L, 2L, 1L, 0.0));
        assertThat(counts).allSatisfy(count -> assertThat(count.preAnnotated()).isTrue());
        assertThat(suggestions.preAnnotationSources(projectId)).containsExactly(Map.entry(DATASET, 1L),
                Map.entry(MODEL, 3L));
        assertThatThrownBy(() -> as(amira, () -> suggestions.sourceCounts(projectId)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void deletingASourcesPreAnnotationsKeepsTheSpansAcceptedFromThemAndTheirCounts() {
        store();
        Span accepted = as(amira, () -> suggestions.accept(document, null,
                open(amira, "sovereignty of any nation 🇺🇦").key()).annotation());
        assertThatThrownBy(() -> as(amira, () -> suggestions.deletePreAnnotations(projectId, MODEL)))
                .isInstanceOf(ForbiddenException.class);

        assertThat(suggestions.deletePreAnnotations(projectId, MODEL)).isEqualTo(3);

        assertThat(as(amira, () -> suggestions.open(document))).extracting(Suggestion::source)
                .containsExactly(DATASET);
        assertThat(as(amira, () -> annotations.annotationsOf(document, null).spans())).extracting(Span::id)
                .containsExactly(accepted.id());
        assertThat(suggestions.decisionCounts(projectId)).extracting(DecisionCount::source,
                DecisionCount::labelName, DecisionCount::preAnnotated, DecisionCount::suggested,
                DecisionCount::accepted, DecisionCount::undecided).containsExactly(
                        tuple(DATASET, "Lexical", true, 1L, 0L, 1L),
                        tuple(MODEL, "Lexical", false, 1L, 1L, null));
    }

    @Test
    void aDeletedLabelTakesItsPreAnnotationsAndAnOutletBlindProjectStillShowsThem() {
        store();
        var project = corpus.projectDetails(projectId);
        corpus.updateProject(projectId, new ProjectSettings(project.name(), project.description(),
                project.guidelines(), project.annotatorsPerDocument(), project.blind(), project.snapToWords(), true));

        editor.deleteLabel(bias.id(), informational, true);

        assertThat(as(amira, () -> suggestions.open(document))).extracting(Suggestion::source, Suggestion::text)
                .containsExactly(tuple(DATASET, "compromise"), tuple(MODEL, "sovereignty of any nation 🇺🇦"));
        assertThat(preAnnotations.countsBySource(projectId)).containsExactly(Map.entry(DATASET, 1L),
                Map.entry(MODEL, 1L));
    }

    /** The model's three spans and the dataset's one, with attribute values some of which no longer fit. */
    private void store() {
        int stored = PreAnnotationsFixture.store(preAnnotations, transactions, projectId, List.of(
                at(MODEL, lexical, "sovereignty of any nation 🇺🇦", Map.of(attribute("target"), "Ukraine",
                        attribute("polarity"), "positive", UUID.randomUUID().toString(), "gone")),
                at(MODEL, informational, "Stoltenberg\u00A0told reporters", Map.of(attribute("target"),
                        "Stoltenberg", attribute("polarity"), "furious")),
                at(MODEL, informational, "hesitate\r\nAdvertisement", Map.of()),
                at(DATASET, lexical, "compromise", Map.of())), "predictions.jsonl");
        assertThat(stored).isEqualTo(4);
    }

    private PreAnnotation at(String source, UUID label, String words, Map<String, Object> attributes) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(words));
        return new PreAnnotation(document, source, bias.id(), label, start,
                start + words.codePointCount(0, words.length()), attributes);
    }

    private String export() throws Exception {
        ExportOptions all = ExportOptions.of(ExportFormat.JSONL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportRaw(projectId, new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(), false,
                ExportOptions.LabelSource.ANNOTATORS, ExportOptions.Hygiene.KEEP, "Non-editorial", all.splits(),
                true, null), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Suggestion open(String annotator, String text) {
        return as(annotator, () -> suggestions.open(document)).stream()
                .filter(suggestion -> suggestion.text().equals(text)).findFirst().orElseThrow();
    }

    private UUID label(String name) {
        return bias.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElseThrow().id();
    }

    private String attribute(String name) {
        return bias.attributes().stream().filter(attribute -> attribute.name().equals(name)).findFirst()
                .orElseThrow().id().toString();
    }

    private static <T> T as(String username, java.util.function.Supplier<T> action) {
        return ActingAs.user(username, action);
    }

    private static void as(String username, Runnable action) {
        ActingAs.user(username, action);
    }
}
