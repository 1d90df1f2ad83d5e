package org.slant.suggestions.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.PreAnnotations;
import org.slant.annotation.PreAnnotations.PreAnnotation;
import org.slant.annotation.PreAnnotationsFixture;
import org.slant.annotation.Span;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A model's pre-annotations in real Chromium at 1024×700, on Fox News's seed: the annotator goes to the first with
 * Alt+S, sees the source's name in its popover, accepts it with Enter and rejects the next with Delete; the
 * project's manager then sees the counts on the Suggestions page and deletes the dataset's pre-annotation.
 */
@SlantSpringTest
class PreAnnotationsIT {

    private static final String PASSWORD = "pre-annotations-password";
    private static final String MODEL = "roberta-basil-v2";
    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    PreAnnotations preAnnotations;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    BrowserContext context;
    Page page;
    UUID projectId;
    UUID fox;
    String text;
    String annotator;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        projectId = corpus.createProject(ProjectSettings.named("Pre-annotations "
                + UUID.randomUUID().toString().substring(0, 8), "")).getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.BASIL).orElseThrow());
        text = Files.readString(Path.of("seeds", "000_d9a08953758a916b.txt"), StandardCharsets.UTF_8);
        fox = corpus.addDocuments(projectId, List.of(new NewDocument("Fox News", text, "Fox News", null, null, null,
                null, Map.of()))).getFirst().getId();
        LayerSchema bias = schema.layers(projectId).getFirst();
        UUID lexical = bias.labels().get(0).id();
        UUID informational = bias.labels().get(1).id();
        String target = bias.attributes().stream().filter(attribute -> attribute.name().equals("target"))
                .findFirst().orElseThrow().id().toString();
        PreAnnotationsFixture.store(preAnnotations, transactions, projectId, List.of(
                at(MODEL, bias, lexical, "military aggression", Map.of(target, "Russia")),
                at(MODEL, bias, lexical, "tough position", Map.of()),
                at(MODEL, bias, informational, "The meeting comes after a monthslong military buildup along "
                        + "Ukraine’s southern border", Map.of()),
                at("BASIL 2019", bias, lexical, "monthslong military buildup", Map.of())), "predictions.jsonl");
        annotator = "amira-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(annotator, "Amira", "{noop}" + PASSWORD, SystemRole.USER));
        memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1024, 700));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void close() {
        context.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAnnotatorDecidesAModelsSuggestionsByKeyAndTheManagerSeesTheCounts() {
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, annotator, PASSWORD);
        assertThat(page).hasTitle("Projects · Slant");
        page.navigate("http://localhost:" + port + "/annotate/" + fox);
        Locator annotatorElement = page.locator("slant-annotator");
        assertThat(annotatorElement).hasAttribute("data-drawn", "true");
        assertThat(annotatorElement).hasAttribute("data-suggestions", "4");

        page.locator("slant-annotator .sa-text").focus();
        page.keyboard().press("Alt+s");
        Locator popover = page.locator("slant-annotator .sa-sg-pop");
        assertThat(popover).containsText("Suggested: Lexical");
        assertThat(popover).containsText("military aggression");
        assertThat(popover).containsText("Imported as a suggestion (" + MODEL + ")");
        page.mouse().move(5, 5);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("pre-annotations.png")));
        page.keyboard().press("Enter");
        assertThat(annotatorElement).hasAttribute("data-save-state", "saved");
        page.locator("slant-annotator .sa-text").focus();
        page.keyboard().press("Alt+s");
        assertThat(popover).containsText("tough position");
        page.keyboard().press("Delete");
        assertThat(annotatorElement).hasAttribute("data-save-state", "saved");
        assertThat(annotatorElement).hasAttribute("data-suggestions", "2");

        List<Span> spans = ActingAs.user(annotator, () -> annotations.annotationsOf(fox, null).spans());
        assertThat(spans).extracting(Span::text).containsExactly("military aggression");
        assertThat(spans.getFirst().attributes()).containsValue("Russia");
        assertThat(jdbc.queryForList("select decision from suggestion_decision where document_id = ? order by "
                + "decision", String.class, fox)).containsExactly("ACCEPTED", "REJECTED");

        context.clearCookies();
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        assertThat(page).hasTitle("Projects · Slant");
        page.navigate("http://localhost:" + port + "/projects/" + projectId + "/suggestions");
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid).containsText(MODEL);
        assertThat(grid).containsText("50%");
        assertThat(page.locator(".slant-suggestion-source")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("suggestions-page.png")));

        // the dataset's one pre-annotation goes, after a confirmation naming it
        page.locator("[data-source='BASIL 2019'] vaadin-button").click();
        assertThat(page.getByText("Delete the 1 pre-annotation of BASIL 2019?")).isVisible();
        // the dialog fades in: a picture taken at once shows it half transparent over the page
        page.waitForTimeout(600);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("suggestions-delete.png")));
        page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Delete 1 pre-annotation")).click();
        assertThat(page.locator(".slant-suggestion-source")).hasCount(1);
        assertThat(jdbc.queryForList("select distinct source from pre_annotation where project_id = ?",
                String.class, projectId)).containsExactly(MODEL);
    }

    private PreAnnotation at(String source, LayerSchema layer, UUID label, String words,
            Map<String, Object> attributes) {
        int start = text.codePointCount(0, text.indexOf(words));
        return new PreAnnotation(fox, source, layer.id(), label, start,
                start + words.codePointCount(0, words.length()), attributes);
    }
}
