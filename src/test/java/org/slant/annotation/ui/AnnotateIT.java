package org.slant.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.MultilingualTexts;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The span annotator in real Chromium: marking with the mouse and a key, with the keyboard alone, undo and redo,
 * text beyond ASCII, and that what the page shows is what PostgreSQL holds after a reload.
 */
@SlantSpringTest
class AnnotateIT {

    /** A flag, an emoji, a combining accent, NBSP and CRLF: UTF-16 and code point offsets differ all along. */
    static final String UNICODE_TEXT = "Kyiv 🇺🇦 said\u00A0the talks 😞 failed.\r\nThe café (cafe\u0301) critics "
            + "called it \"a pointless exercise\" 🤝 and left.\r\n";

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
    UserRepository users;

    BrowserContext context;
    Page page;
    UUID projectId;
    UUID upi;
    UUID unicode;

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
        projectId = corpus.createProject(ProjectSettings.named("Annotate in Chromium " + UUID.randomUUID(), ""))
                .getId();
        for (String preset : List.of(SchemaPresets.FRAMING, SchemaPresets.SOURCING, SchemaPresets.TONE)) {
            schema.addPreset(projectId, SchemaPresets.byId(preset).orElseThrow());
        }
        String upiText = Files.readString(Path.of("seeds", "003_fcefe6c8ac20c6ea.txt"), StandardCharsets.UTF_8);
        var documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("UPI", upiText, null, null, null, null, null, Map.of()),
                new NewDocument("Unicode", UNICODE_TEXT, null, null, null, null, null, Map.of())));
        upi = documents.get(0).getId();
        unicode = documents.get(1).getId();
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url("/login"));
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        assertThat(page).hasTitle("Projects · Slant");
    }

    @AfterEach
    void close() {
        context.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPhraseSelectedWithTheMouseAndAKeyIsSavedExactly() {
        open(upi);
        drag(page, "ccording to CN");
        assertThat(annotator()).hasAttribute("data-pending", pendingOf(upi, "according to CNN"));
        page.keyboard().press(key("Attribution", "Cue"));

        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        assertThat(segmentsOf("according to CNN")).hasCount(1);
        page.reload();
        assertThat(annotator()).hasAttribute("data-drawn", "true");

        assertThat(spanTexts(upi)).containsExactly("according to CNN");
        assertThat(segmentsOf("according to CNN")).hasCount(1);
        assertThat(page.locator("slant-annotator .sa-label[data-label='Cue'] .sa-count")).hasText("1");
    }

    @Test
    void emojiFlagsAccentsNbspAndCrlfKeepTheirOffsets() {
        open(unicode);
        drag(page, "🇺🇦 said\u00A0the talks 😞");
        page.keyboard().press(key("Frame", "Economic"));
        drag(page, "café (cafe\u0301) critics");
        page.keyboard().press(key("Attribution", "Source"));
        drag(page, "\"a pointless exercise\" 🤝");
        page.keyboard().press(key("Attribution", "Content"));
        assertThat(annotator()).hasAttribute("data-save-state", "saved");

        List<Span> spans = spansOf(unicode);
        assertThat(spans).extracting(Span::text).containsExactly("🇺🇦 said\u00A0the talks 😞",
                "café (cafe\u0301) critics", "\"a pointless exercise\" 🤝");
        for (Span span : spans) {
            assertThat(span.text()).isEqualTo(codePoints(UNICODE_TEXT, span.start(), span.end()));
        }
        // the flag is two code points (four UTF-16 units), the accent one
        assertThat(spans.getFirst().start()).isEqualTo(5);
        page.reload();
        assertThat(annotator()).hasAttribute("data-drawn", "true");
        assertThat(page.locator("slant-annotator .sa-seg.sa-has").allTextContents()).containsExactly(
                "🇺🇦 said\u00A0the talks 😞", "café (cafe\u0301) critics", "\"a pointless exercise\" 🤝");
    }

    @Test
    void theKeyboardAloneMarksSelectsDeletesAndUndoes() {
        open(unicode);
        page.locator("slant-annotator .sa-text").focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Shift+ArrowRight");
        page.keyboard().press("Shift+ArrowRight");
        page.keyboard().press(key("Frame", "Political"));
        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        // words by the keyboard: Kyiv, 🇺🇦, said, the; the span runs from the flag to "the"
        assertThat(spanTexts(unicode)).containsExactly("🇺🇦 said\u00A0the");

        page.keyboard().press("Escape");
        page.keyboard().press("Tab");
        page.keyboard().press("Delete");
        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        assertThat(spanTexts(unicode)).isEmpty();

        page.keyboard().press("Control+z");
        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        assertThat(spanTexts(unicode)).containsExactly("🇺🇦 said\u00A0the");
        page.keyboard().press("Control+Shift+z");
        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        assertThat(spanTexts(unicode)).isEmpty();
    }

    @Test
    void overlappingSpansOfSeveralLayersAreDrawnInLanesWithDetailsOnHover() {
        signInHere();
        LayerSchema frame = layer("Frame");
        LayerSchema attribution = layer("Attribution");
        LayerSchema tone = layer("Tone");
        String text = corpus.document(upi).text();
        mark(upi, frame, "Security and defense", text, "We had a very serious and direct exchange on the "
                + "situation in and around Ukraine");
        mark(upi, attribution, "Content", text, "There are significant differences between NATO allies and Russia");
        mark(upi, attribution, "Source", text, "NATO Secretary General Jens Stoltenberg");
        mark(upi, attribution, "Cue", text, "according to CNN");
        mark(upi, tone, "Implicit anti", text, "There are significant differences");
        mark(upi, frame, "Political", text, "NATO allies and Russia");
        open(upi);

        Locator overlap = segmentsOf("There are significant differences");
        assertThat(overlap).hasCount(1);
        assertThat(overlap).hasAttribute("data-spans", java.util.regex.Pattern.compile("^\\S+ \\S+$"));
        overlap.hover();
        Locator tip = page.locator("slant-annotator .sa-tip");
        assertThat(tip).containsText("Implicit anti");
        assertThat(tip).containsText("Content");
        assertThat(tip).containsText("admin");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("annotate.png")));

        segmentsOf("according to CNN").click();
        assertThat(focusHighlight()).isEqualTo("according to CNN");
        page.locator("slant-annotator .sa-layer[data-layer='Tone'] input").uncheck();
        // Tone hidden: the words carry the Attribution span alone, and the selected span is still highlighted
        assertThat(overlap).hasCount(1);
        assertThat(overlap).hasAttribute("data-spans", java.util.regex.Pattern.compile("^\\S+$"));
        assertThat(focusHighlight()).isEqualTo("according to CNN");
    }

    @Test
    void atTheSmallestScreenTheArticleKeepsSixtyCharactersALine() {
        page.setViewportSize(1024, 700);
        open(upi);
        assertThat(Chromium.charactersPerLine(page, "slant-annotator")).isGreaterThanOrEqualTo(60.0);
        Locator side = page.locator(".slant-annotate-side");
        assertThat(side).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("annotate-1024.png")));

        // the folded column opens over the article's edge, by its button or Alt+D, and folds again
        page.keyboard().press("Alt+d");
        assertThat(side).isVisible();
        assertThat(side.getByText("About the whole article")).isVisible();
        assertThat(page.locator(".slant-side-toggle")).hasAttribute("aria-expanded", "true");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("annotate-1024-open.png")));
        page.locator(".slant-side-toggle").click();
        assertThat(side).isHidden();

        // a span with attributes to fill opens it; clearing the selection folds it again
        drag(page, "according to CNN");
        page.keyboard().press(key("Attribution", "Source"));
        assertThat(side.getByText("Source · Attribution")).isVisible();
        page.keyboard().press("Escape");
        assertThat(side).isHidden();
        assertThat(Chromium.charactersPerLine(page, "slant-annotator")).isGreaterThanOrEqualTo(60.0);

        page.setViewportSize(1400, 900);
        assertThat(side).isVisible();
        assertThat(page.locator(".slant-side-toggle")).isHidden();
    }

    @Test
    void aClickPlacesTheWordCursorChoicesGiveTheKeyboardBackAndQuestionMarkListsEveryKey() {
        open(unicode);
        // a click on a word that no span covers puts the word cursor there; Shift+arrows stretch it
        clickOnWord("talks");
        page.keyboard().press("Shift+ArrowRight");
        page.keyboard().press(key("Frame", "Economic"));
        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        assertThat(spanTexts(unicode)).containsExactly("talks 😞");

        // an answer chosen with the mouse gives the keyboard back to the text
        page.locator(".slant-question[data-layer='Sourcing disclosure'] vaadin-radio-button").first().click();
        assertThat(page.locator("slant-annotator .sa-text")).isFocused();

        // ? in the text lists every key, the labels' too; Esc closes it and the keyboard is back in the text
        page.keyboard().press("?");
        Locator keys = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Keys"));
        Locator labelKey = keys.getByText("Economic · Frame");
        assertThat(labelKey).isVisible();
        assertThat(keys.getByText("Alt + N", new Locator.GetByTextOptions().setExact(true))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("annotate-keys.png")));
        page.keyboard().press("Escape");
        assertThat(labelKey).isHidden();
        assertThat(page.locator("slant-annotator .sa-text")).isFocused();
    }

    @Test
    void selectionsSnapToTheServersWordsInChineseAndAcrossAnAbbreviation() {
        String text = MultilingualTexts.TEXTS.get("zh") + "\r\nThe U.S. envoy 🇺🇸 spoke.\r\n";
        UUID chinese = corpus.addDocuments(projectId, List.of(new NewDocument("Chinese", text, null, null, null,
                null, null, Map.of(), "zh"))).getFirst().getId();
        open(chinese);
        // one character of 俄罗斯 (Russia) becomes the whole word, as ICU's dictionary cuts it on the server
        drag(page, "罗");
        page.keyboard().press(key("Frame", "Political"));
        // and "U" becomes "U.S", which Chromium's own segmenter would have cut at the full stop
        drag(page, "U");
        page.keyboard().press(key("Frame", "Economic"));
        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        assertThat(spanTexts(chinese)).containsExactlyInAnyOrder("俄罗斯", "U.S");
        for (Span span : spansOf(chinese)) {
            assertThat(span.text()).isEqualTo(codePoints(text, span.start(), span.end()));
        }
    }

    /** Clicks the middle of the first occurrence of a word in the article. */
    private void clickOnWord(String word) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) page.evaluate("""
                word => {
                  const text = document.querySelector('slant-annotator .sa-text');
                  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.textContent.indexOf(word);
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(node, at);
                      range.setEnd(node, at + word.length);
                      const rect = range.getBoundingClientRect();
                      return {x: rect.left + rect.width / 2, y: rect.top + rect.height / 2};
                    }
                  }
                  return null;
                }""", word);
        assertThat(box).as("'" + word + "' in the article").isNotNull();
        page.mouse().click(num(box, "x"), num(box, "y"));
    }

    @Test
    void rightToLeftArticlesReadRightToLeftAndSpansAcrossDirectionChangesKeepExactOffsets() {
        String arabic = MultilingualTexts.TEXTS.get("ar") + "\r\nNATO declined to comment 😶.\r\n";
        UUID inArabic = corpus.addDocuments(projectId, List.of(new NewDocument("Arabic", arabic, null, null, null,
                null, null, Map.of(), "ar"))).getFirst().getId();
        open(inArabic);
        // the language says right to left: every paragraph, the English one too, starts at the right
        assertThat(annotator()).hasAttribute("data-text-direction", "rtl");
        assertThat(annotator()).hasAttribute("lang", "ar");
        assertThat(page.locator(".slant-annotate-facts")).containsText("Arabic");
        assertThat(startsAtTheRight(0)).isTrue();
        assertThat(startsAtTheRight(1)).isTrue();

        // by the keyboard, in the text's logical order: the fourth to sixth words, Arabic, Latin, Arabic
        page.locator("slant-annotator .sa-text").focus();
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("ArrowRight");
        }
        page.keyboard().press("Shift+ArrowRight");
        page.keyboard().press("Shift+ArrowRight");
        page.keyboard().press(key("Frame", "Political"));
        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        // and with the mouse, over Arabic words laid out right to left
        drag(page, "الخلافات لن يكون");
        page.keyboard().press(key("Tone", "Implicit anti"));
        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        List<Span> spans = spansOf(inArabic);
        assertThat(spans).extracting(Span::text).containsExactly("لحلف NATO ينس", "الخلافات لن يكون");
        for (Span span : spans) {
            assertThat(span.text()).isEqualTo(codePoints(arabic, span.start(), span.end()));
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("annotate-rtl.png")));

        // without a language, each paragraph by its first strong character: English left, Hebrew right
        String mixed = "NATO met Russia in Brussels.\r\n" + MultilingualTexts.TEXTS.get("he") + "\r\n";
        UUID unknown = corpus.addDocuments(projectId, List.of(new NewDocument("Mixed", mixed, null, null, null,
                null, null, Map.of()))).getFirst().getId();
        open(unknown);
        assertThat(annotator()).hasAttribute("data-text-direction", "auto");
        assertThat(startsAtTheRight(0)).isFalse();
        assertThat(startsAtTheRight(1)).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("annotate-mixed.png")));
    }

    /** Whether the paragraph's first character is drawn in the right half of its line, as right-to-left text is. */
    private boolean startsAtTheRight(int paragraph) {
        return (Boolean) page.evaluate("""
                index => {
                  const chunk = document.querySelectorAll('slant-annotator .sa-text .sa-chunk')[index];
                  const walker = document.createTreeWalker(chunk, NodeFilter.SHOW_TEXT);
                  const first = walker.nextNode();
                  const range = document.createRange();
                  range.setStart(first, 0);
                  range.setEnd(first, 1);
                  const box = chunk.getBoundingClientRect();
                  return range.getBoundingClientRect().left > box.left + box.width / 2;
                }""", paragraph);
    }

    @Test
    void aStaleEditFromASecondTabIsRefusedWithAClearMessage() {
        signInHere();
        String text = corpus.document(upi).text();
        mark(upi, layer("Attribution"), "Cue", text, "according to CNN");
        open(upi);
        Page second = context.newPage();
        second.navigate(url("/annotate/" + upi));
        assertThat(second.locator("slant-annotator")).hasAttribute("data-drawn", "true");

        segmentsOf("according to CNN").click();
        page.keyboard().press(key("Attribution", "Source"));
        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        second.locator("slant-annotator .sa-seg.sa-has").first().click();
        second.keyboard().press(key("Attribution", "Content"));

        assertThat(second.locator("slant-annotator .sa-message"))
                .containsText("\"according to CNN\" (Cue) was changed in another tab or window");
        assertThat(second.locator("slant-annotator .sa-label[data-label='Source'] .sa-count")).hasText("1");
        assertThat(spansOf(upi)).extracting(span -> labelName(span)).containsExactly("Source");
    }

    @Test
    void aSaveMadeOfflineIsKeptAndSentWhenTheConnectionReturns() {
        open(unicode);
        context.setOffline(true);
        drag(page, "pointless exercise");
        page.keyboard().press(key("Tone", "Explicit anti"));
        assertThat(annotator()).not().hasAttribute("data-save-state", "saved");
        assertThat(spanTexts(unicode)).isEmpty();

        context.setOffline(false);
        assertThat(annotator()).hasAttribute("data-save-state", "saved",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(spanTexts(unicode)).containsExactly("pointless exercise");
    }

    @Test
    void aChangeThePageCouldNotSendIsSentByTheNextVisit() {
        open(unicode);
        context.setOffline(true);
        drag(page, "pointless exercise");
        page.keyboard().press(key("Tone", "Explicit anti"));
        assertThat(annotator()).not().hasAttribute("data-save-state", "saved");
        // the tab dies with the change unsent: it waits in the browser's storage. Checked while still offline: once
        // online, Vaadin's last message from the closing tab (a beacon) may bring it first, which is as good
        page.close();
        assertThat(spanTexts(unicode)).isEmpty();
        context.setOffline(false);

        page = context.newPage();
        open(unicode);

        assertThat(annotator()).hasAttribute("data-save-state", "saved");
        assertThat(spanTexts(unicode)).containsExactly("pointless exercise");
        assertThat(segmentsOf("pointless exercise")).hasCount(1);
    }

    // ---- helpers ----

    private void open(UUID documentId) {
        page.navigate(url("/annotate/" + documentId));
        assertThat(annotator()).hasAttribute("data-drawn", "true");
    }

    /** The text under the selected span's highlight (a CSS highlight: no element to look at). */
    private String focusHighlight() {
        return (String) page.evaluate("() => { const h = CSS.highlights.get('sa-focus');"
                + " return h ? [...h].map(r => r.toString()).join('|') : null; }");
    }

    private Locator annotator() {
        return page.locator("slant-annotator");
    }

    private Locator segmentsOf(String text) {
        return page.locator("slant-annotator .sa-seg.sa-has").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** The key the palette shows for a label. */
    private String key(String layer, String label) {
        return page.locator("slant-annotator .sa-layer[data-layer='" + layer + "'] .sa-label[data-label='" + label
                + "'] kbd").textContent();
    }

    /** Drags the mouse over the first occurrence of the phrase in the article, as an annotator selects. */
    static void drag(Page page, String phrase) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) page.evaluate("phrase => {"
                + " const text = document.querySelector('slant-annotator .sa-text');"
                + " const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);"
                + " let all = ''; const nodes = [];"
                + " for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]);"
                + "   all += n.textContent; }"
                + " const at = all.indexOf(phrase); if (at < 0) return null;"
                + " const point = (offset) => { for (let i = nodes.length - 1; i >= 0; i--)"
                + "   if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]]; };"
                + " const range = document.createRange(); range.setStart(...point(at));"
                + " range.setEnd(...point(at + phrase.length));"
                + " range.startContainer.parentElement.scrollIntoView({block: 'center'});"
                + " const rects = range.getClientRects(); const a = rects[0]; const b = rects[rects.length - 1];"
                + " return {x1: a.left + 2, y1: a.top + a.height / 2, x2: b.right - 2, y2: b.top + b.height / 2}; }",
                phrase);
        assertThat(box).as("'" + phrase + "' in the article").isNotNull();
        page.mouse().move(num(box, "x1"), num(box, "y1"));
        page.mouse().down();
        page.mouse().move(num(box, "x2"), num(box, "y2"), new com.microsoft.playwright.Mouse.MoveOptions()
                .setSteps(4));
        page.mouse().up();
    }

    private static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private String pendingOf(UUID documentId, String phrase) {
        String text = corpus.document(documentId).text();
        int start = text.codePointCount(0, text.indexOf(phrase));
        return start + "-" + (start + phrase.codePointCount(0, phrase.length()));
    }

    private void mark(UUID documentId, LayerSchema layer, String label, String text, String phrase) {
        int at = text.indexOf(phrase);
        assertThat(at).as(phrase).isNotNegative();
        int start = text.codePointCount(0, at);
        annotations.createSpan(documentId, null, new SpanDraft(layer.id(), labelId(layer, label), start,
                start + phrase.codePointCount(0, phrase.length()), Map.of()));
    }

    private LayerSchema layer(String name) {
        return schema.layers(projectId).stream().filter(layer -> layer.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static UUID labelId(LayerSchema layer, String name) {
        return layer.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElseThrow().id();
    }

    private String labelName(Span span) {
        return schema.layers(projectId).stream().flatMap(layer -> layer.labels().stream())
                .filter(label -> label.id().equals(span.label())).findFirst().orElseThrow().name();
    }

    private List<String> spanTexts(UUID documentId) {
        return spansOf(documentId).stream().map(Span::text).toList();
    }

    private List<Span> spansOf(UUID documentId) {
        signInHere();
        return annotations.annotationsOf(documentId, null).spans();
    }

    /** The test thread reads and writes as the admin, whom the browser is signed in as. */
    private void signInHere() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                users.findByUsername("admin").orElseThrow().getUsername(), null, List.of()));
    }

    private static String codePoints(String text, int start, int end) {
        return new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
