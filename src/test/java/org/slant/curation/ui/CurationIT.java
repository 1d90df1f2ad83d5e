package org.slant.curation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.curation.CurationStatus;
import org.slant.curation.DocumentGold;
import org.slant.curation.GoldOrigin;
import org.slant.curation.GoldService;
import org.slant.curation.GoldSpan;
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
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The curation view in real Chromium: two annotators disagree on a text with a flag, emoji, NBSP and CRLF; the curator
 * goes to the unit with the keyboard, takes one annotator's version into gold with one key, and marks the document
 * curated; PostgreSQL then holds exactly that span, accepted from that annotator, and the document is read-only.
 */
@SlantSpringTest
class CurationIT {

    static final String TEXT = "Kyiv 🇺🇦 said\u00A0the talks 😞 failed.\r\nNATO called it \"a pointless exercise\" "
            + "🤝 and left.\r\n";

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
    GoldService gold;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;

    BrowserContext context;
    Page page;
    UUID documentId;
    String amira;
    String jonas;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @BeforeEach
    void twoAnnotatorsDisagree() {
        UUID projectId = corpus.createProject(ProjectSettings.named("Curate in Chromium " + UUID.randomUUID(), ""))
                .getId();
        LayerSchema frame = schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow())
                .layers().getFirst();
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", TEXT, null, null, null, null,
                null, Map.of()))).getFirst().getId();
        amira = member(projectId, "amira");
        jonas = member(projectId, "jonas");
        UUID first = frame.labels().get(0).id();
        UUID second = frame.labels().get(1).id();
        // "the talks 😞 failed" is code points 13..31; amira takes 13..31, jonas 17..31 with another label
        ActingAs.user(amira, () -> annotations.createSpan(documentId, null, new SpanDraft(frame.id(), first, 13, 31,
                Map.of())));
        ActingAs.user(jonas, () -> annotations.createSpan(documentId, null, new SpanDraft(frame.id(), second, 17, 31,
                Map.of())));
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1024, 700));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        assertThat(page).hasTitle("Projects · Slant");
    }

    @AfterEach
    void close() {
        context.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCuratorTakesOneAnnotatorsSpanWithTheKeyboardAndMarksTheDocumentCurated() {
        page.navigate("http://localhost:" + port + "/documents/" + documentId + "/curate");
        assertThat(curator()).hasAttribute("data-drawn", "true");
        assertThat(page.locator(".sc-summary")).hasAttribute("data-open", "1");
        assertThat(page.locator("tr.sc-unit")).hasCount(1);
        // at 1024 x 700 the side column folds, so the article keeps 60 characters a line
        assertThat(Chromium.charactersPerLine(page, "slant-curator"))
                .isGreaterThanOrEqualTo(60.0);

        page.locator(".sc-lanes").focus();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("tr.sc-unit.current")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("curate.png")));
        page.keyboard().press("2");

        assertThat(curator()).hasAttribute("data-save-state", "saved");
        assertThat(page.locator(".sc-summary")).hasAttribute("data-open", "0");
        DocumentGold stored = gold.goldOf(documentId);
        assertThat(stored.spans()).extracting(GoldSpan::start, GoldSpan::end, GoldSpan::text, GoldSpan::origin,
                GoldSpan::originDetail).containsExactly(org.assertj.core.groups.Tuple.tuple(17, 31,
                        "talks 😞 failed", GoldOrigin.ACCEPTED, jonas));
        assertThat(stored.status()).isEqualTo(CurationStatus.IN_PROGRESS);

        page.keyboard().press("Control+z");
        assertThat(curator()).hasAttribute("data-save-state", "saved");
        assertThat(page.locator(".sc-summary")).hasAttribute("data-open", "1");
        assertThat(gold.goldOf(documentId).spans()).isEmpty();
        page.keyboard().press("Control+Shift+z");
        assertThat(curator()).hasAttribute("data-save-state", "saved");
        assertThat(gold.goldOf(documentId).spans()).extracting(GoldSpan::text).containsExactly("talks 😞 failed");

        // a gold answer chosen at the side (folded at 1024 px: Alt+D opens it) gives the keyboard back to the text
        page.keyboard().press("Alt+d");
        page.locator(".slant-gold-own").first().click();
        page.locator("vaadin-combo-box-item").first().click();
        assertThat(page.locator("slant-curator .sa-text")).isFocused();
        assertThat(page.locator(".slant-gold-answers vaadin-button[aria-label$='from gold']")).hasCount(1);
        assertThat(gold.goldOf(documentId).answers()).hasSize(1);

        page.keyboard().press("Alt+c");
        assertThat(page.locator(".slant-annotate-status")).hasText("Curated");
        assertThat(gold.goldOf(documentId).status()).isEqualTo(CurationStatus.CURATED);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("curate-curated.png")));
        page.locator(".sc-lanes").focus();
        page.keyboard().press("1");
        assertThat(page.locator("slant-curator .sa-message")).containsText("curated");
        assertThat(gold.goldOf(documentId).spans()).extracting(GoldSpan::text).containsExactly("talks 😞 failed");
    }

    private String member(UUID projectId, String name) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 6);
        users.save(new User(username, username, "{noop}unused", SystemRole.USER));
        memberships.add(projectId, username, ProjectRole.ANNOTATOR);
        return username;
    }

    private Locator curator() {
        return page.locator("slant-curator");
    }
}
