package org.slant.annotation.ui;

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
import org.slant.annotation.Span;
import org.slant.annotation.Suggestion;
import org.slant.annotation.Suggestions;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.corpus.StoryService;
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

/**
 * Suggestions in real Chromium on Fox News's seed: an annotator goes to one with Alt+S and accepts it with Enter,
 * rejects the next with Delete, accepts one by clicking it, undoes and redoes that, hides them all; after a reload
 * the accepted ones are spans in PostgreSQL and the rejected one does not return.
 */
@SlantSpringTest
class SuggestionsIT {

    private static final String PASSWORD = "suggestions-password";
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
    Suggestions suggestions;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StoryService stories;

    BrowserContext context;
    Page page;
    UUID fox;
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
        UUID projectId = corpus.createProject(ProjectSettings.named("Suggestions in Chromium " + UUID.randomUUID(),
                "")).getId();
        for (String preset : List.of(SchemaPresets.FRAMING, SchemaPresets.SOURCING, SchemaPresets.TEXT_HYGIENE)) {
            schema.addPreset(projectId, SchemaPresets.byId(preset).orElseThrow());
        }
        String text = Files.readString(Path.of("seeds", "000_d9a08953758a916b.txt"), StandardCharsets.UTF_8);
        fox = corpus.addDocuments(projectId, List.of(new NewDocument("Fox News", text, "Fox News", null, null, null,
                null, Map.of()))).getFirst().getId();
        annotator = "amira-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(annotator, "Amira", "{noop}" + PASSWORD, SystemRole.USER));
        memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, annotator, PASSWORD);
        assertThat(page).hasTitle("Projects · Slant");
    }

    @AfterEach
    void close() {
        context.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void goAcceptRejectByKeyAndByClickThenReload() {
        List<Suggestion> offered = open();
        Suggestion first = offered.getFirst();
        Suggestion second = offered.get(1);
        assertThat(first.text()).isEqualTo("not an easy discussion.");
        assertThat(annotatorElement()).hasAttribute("data-suggestions", String.valueOf(offered.size()));

        page.locator("slant-annotator .sa-text").focus();
        page.keyboard().press("Alt+s");
        assertThat(annotatorElement()).hasAttribute("data-current-suggestion", "Content:" + first.start() + "-"
                + first.end());
        assertThat(popover()).containsText("Suggested: Content");
        assertThat(popover()).containsText("not an easy discussion.");
        page.keyboard().press("Enter");
        assertThat(annotatorElement()).hasAttribute("data-save-state", "saved");
        assertThat(popover()).hasCount(0);

        page.keyboard().press("Alt+s");
        assertThat(annotatorElement()).hasAttribute("data-current-suggestion", labelOf(second) + ":"
                + second.start() + "-" + second.end());
        page.keyboard().press("Delete");
        assertThat(annotatorElement()).hasAttribute("data-save-state", "saved");
        assertThat(annotatorElement()).hasAttribute("data-suggestions", String.valueOf(offered.size() - 2));

        // the mouse: a click on the promo line shows its popover, Accept takes it
        Suggestion promo = offered.stream().filter(suggestion -> suggestion.text().startsWith("BIDEN ADMIN"))
                .findFirst().orElseThrow();
        page.locator("slant-annotator .sa-seg", new Page.LocatorOptions().setHasText("BIDEN ADMIN BACKS")).first()
                .click();
        assertThat(popover()).containsText("Suggested: Promo headline");
        page.mouse().move(5, 5);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("suggestions.png")));
        popover().locator(".sa-sg-accept").click();
        assertThat(annotatorElement()).hasAttribute("data-save-state", "saved");
        assertThat(spanTexts()).containsExactlyInAnyOrder(first.text(), promo.text());

        // accepting is made like any span: undone and redone as one
        page.locator("slant-annotator .sa-text").focus();
        page.keyboard().press("Control+z");
        assertThat(annotatorElement()).hasAttribute("data-save-state", "saved");
        assertThat(annotatorElement()).hasAttribute("data-suggestions", String.valueOf(offered.size() - 2));
        assertThat(spanTexts()).containsExactly(first.text());
        page.keyboard().press("Control+Shift+z");
        assertThat(annotatorElement()).hasAttribute("data-save-state", "saved");
        assertThat(spanTexts()).containsExactlyInAnyOrder(first.text(), promo.text());
        int left = offered.size() - 3;
        assertThat(annotatorElement()).hasAttribute("data-suggestions", String.valueOf(left));

        // hidden, they are neither drawn nor gone through
        page.locator("slant-annotator .sa-suggestions input[type=checkbox]").click();
        assertThat(annotatorElement()).hasAttribute("data-suggestions", "0");
        page.locator("slant-annotator .sa-suggestions input[type=checkbox]").click();
        assertThat(annotatorElement()).hasAttribute("data-suggestions", String.valueOf(left));

        page.reload();
        assertThat(annotatorElement()).hasAttribute("data-drawn", "true");
        assertThat(annotatorElement()).hasAttribute("data-suggestions", String.valueOf(left));
        assertThat(spanTexts()).containsExactlyInAnyOrder(first.text(), promo.text());
        List<Suggestion> now = ActingAs.user(annotator, () -> suggestions.open(fox));
        assertThat(now).hasSize(left).extracting(Suggestion::key).doesNotContain(first.key(), second.key(),
                promo.key());
        assertThat(jdbc.queryForList("select decision from suggestion_decision where document_id = ? order by "
                + "decision", String.class, fox)).containsExactly("ACCEPTED", "ACCEPTED", "REJECTED");
        page.locator("slant-annotator .sa-text").focus();
        page.keyboard().press("Alt+s");
        assertThat(annotatorElement()).hasAttribute("data-current-suggestion", labelOf(now.getFirst()) + ":"
                + now.getFirst().start() + "-" + now.getFirst().end());
    }

    @Test
    void theStoryViewsColumnsShowTheirSuggestionsAndTakeTheKeysToo() throws IOException {
        String hill = Files.readString(Path.of("seeds", "001_4fe81ae676792f09.txt"), StandardCharsets.UTF_8);
        UUID projectId = corpus.document(fox).projectId();
        UUID hillId = corpus.addDocuments(projectId, List.of(new NewDocument("The Hill", hill, "The Hill",
                "NATO-Russia talks", null, null, null, Map.of()))).getFirst().getId();
        UUID storyId = corpus.document(hillId).storyId();
        stories.assign(projectId, List.of(fox), storyId);

        page.navigate("http://localhost:" + port + "/stories/" + storyId);
        Locator column = page.locator("slant-story-column[data-document='" + hillId + "']");
        assertThat(column).hasAttribute("data-drawn", "true");
        assertThat(column).not().hasAttribute("data-suggestions", "0");
        // as a click would: focus() would scroll the columns' box, which is a header's height taller than its room
        column.locator(".sa-text").evaluate("text => text.focus({ preventScroll: true })");
        page.keyboard().press("Alt+s");
        assertThat(column.locator(".sa-sg-pop")).containsText("Suggested:");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("suggestions-story.png")));
        page.keyboard().press("Enter");
        assertThat(column).hasAttribute("data-save-state", "saved");
        assertThat(ActingAs.user(annotator, () -> annotations.annotationsOf(hillId, null).spans())).hasSize(1);
    }

    /** Opens the Fox article as the annotator; answers their suggestions on it, as the server has them. */
    private List<Suggestion> open() {
        page.navigate("http://localhost:" + port + "/annotate/" + fox);
        assertThat(annotatorElement()).hasAttribute("data-drawn", "true");
        return ActingAs.user(annotator, () -> suggestions.open(fox));
    }

    private String labelOf(Suggestion suggestion) {
        return ActingAs.user(annotator, () -> schema.layers(corpus.document(fox).projectId())).stream()
                .flatMap(layer -> layer.labels().stream()).filter(label -> label.id().equals(suggestion.label()))
                .findFirst().orElseThrow().name();
    }

    private List<String> spanTexts() {
        return ActingAs.user(annotator, () -> annotations.annotationsOf(fox, null).spans()).stream().map(Span::text)
                .toList();
    }

    private Locator annotatorElement() {
        return page.locator("slant-annotator");
    }

    private Locator popover() {
        return page.locator("slant-annotator .sa-sg-pop");
    }
}
