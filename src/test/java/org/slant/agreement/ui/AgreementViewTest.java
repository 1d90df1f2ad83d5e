package org.slant.agreement.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.platform.ui.NotForYourRolePage;
import org.slant.agreement.AgreementFixture;
import org.slant.agreement.Measure;
import org.slant.annotation.AnnotationService;
import org.slant.corpus.CorpusService;
import org.slant.curation.GoldService;
import org.slant.schema.SchemaEditor;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agreement page and a passage side by side, on {@link AgreementFixture}'s study worked out by hand. */
@SlantSpringTest
class AgreementViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GoldService gold;

    AgreementFixture study;

    @BeforeEach
    void setUp() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void theSummaryShowsEveryProjectFigureWithItsBasisAndDefinition() {
        AgreementView view = show();

        assertThat(view.basis.getText()).startsWith("2 documents compared, 3 annotators");
        int exact = rowOf(view, "Frames", "all labels", Measure.F1_EXACT.title());
        assertThat(_getFormatted(view.summary, exact, "value")).isEqualTo("0.571");
        assertThat(_getFormatted(view.summary, exact, "restsOn")).isEqualTo("14 spans · 3 annotators · 2 documents");
        assertThat(view.legend.definitions.getChildren().map(item -> item.getElement().getText()).toList())
                .containsSubsequence(Measure.F1_EXACT.title(), Measure.F1_EXACT.definition());
        // at a glance: each layer's headline figure, the same as the table's
        int alpha = rowOf(view, "Frames", "all labels", Measure.ALPHA_U.title());
        assertThat(glanceCard(view, "Frames")).containsExactly("Frames", _getFormatted(view.summary, alpha, "value"),
                Measure.ALPHA_U.title(), _getFormatted(view.summary, alpha, "restsOn"), "reliable: α ≥ 0.800",
                Measure.F1_OVERLAP.title() + " " + _getFormatted(view.summary, rowOf(view, "Frames", "all labels",
                        Measure.F1_OVERLAP.title()), "value") + " · " + Measure.TOKEN_FLEISS_KAPPA.title() + " "
                        + _getFormatted(view.summary, rowOf(view, "Frames", "all labels",
                                Measure.TOKEN_FLEISS_KAPPA.title()), "value"));
        // an ordered scale's headline is ordinal alpha, with nominal alpha beside it
        assertThat(glanceCard(view, "Tone")).containsSubsequence("Tone", _getFormatted(view.summary,
                rowOf(view, "Tone", "all labels", Measure.ALPHA_ORDINAL.title()), "value"),
                Measure.ALPHA_ORDINAL.title());
        assertThat(glanceCard(view, "Tone").getLast()).startsWith(Measure.ALPHA_NOMINAL.title() + " 0.500 · ");
        int tone = rowOf(view, "Tone", "all labels", Measure.ALPHA_NOMINAL.title());
        assertThat(_getFormatted(view.summary, tone, "value")).isEqualTo("0.500");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Agreement · ");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("current")).getText()).isEqualTo("Agreement");
    }

    @Test
    void theReportIsComputedInTheBackgroundWhileThePageSaysHowFarItHasCome() throws InterruptedException {
        UI.getCurrent().navigate("projects/" + study.projectId + "/agreement");
        AgreementView view = _get(AgreementView.class);
        List<Runnable> jobs = new ArrayList<>();
        view.executor = jobs::add;

        view.measure();

        assertThat(view.status.getText()).isEqualTo("Computing agreement…");
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.summary.getListDataView().getItemCount()).isZero();
        assertThat(view.measure.isEnabled()).as("other options may be chosen meanwhile").isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("the browser asks for news").isPositive();

        Thread worker = Thread.ofPlatform().start(jobs.getFirst());
        worker.join();
        // what the job sent waits for the browser's next poll: first the documents read, then the report
        VaadinSession.getCurrent().getPendingAccessQueue().poll().run();
        assertThat(view.status.getText()).isEqualTo("Computing agreement… all 2 documents read; now the figures "
                + "over the whole project.");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.summary.getListDataView().getItemCount()).isZero();
        MockVaadin.runUIQueue();

        assertThat(view.status.isVisible()).isFalse();
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.basis.getText()).startsWith("2 documents compared, 3 annotators");
        assertThat(_getFormatted(view.summary, rowOf(view, "Frames", "all labels", Measure.F1_EXACT.title()),
                "value")).isEqualTo("0.571");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void oneAnnotatorAloneGivesUndefinedNeverZero() {
        AgreementView view = show();
        view.annotators.setValue(view.annotators.getListDataView().getItems()
                .filter(member -> member.username().equals(study.usernames.get("alice"))).toList());
        view.measure.click();
        MockVaadin.runUIQueue();

        assertThat(view.basis.getText()).contains("every figure is undefined");
        // undefined figures are folded away until asked for; the headline cards say why
        assertThat(_size(view.summary)).isZero();
        assertThat(glanceCard(view, "Frames")).contains("undefined", "undefined: fewer than two annotators' work "
                + "counts");
        view.showUndefined.setValue(true);
        assertThat(_size(view.summary)).isPositive();
        for (int row = 0; row < _size(view.summary); row++) {
            assertThat(_getFormatted(view.summary, row, "value")).isEqualTo("undefined");
        }
        assertThat(view.pairs.empty.isVisible()).isTrue();
    }

    @Test
    void theChartsShowPairsLabelsAndOutletsOfTheLayerChosen() {
        AgreementView view = show();

        assertThat(view.layer.getValue()).isEqualTo("Frames");
        JsonNode heatmap = JSON.readTree(view.pairs.chart.getOption());
        List<String> axis = texts(heatmap.get("xAxis").get("data"));
        assertThat(axis).containsExactlyElementsOf(study.usernames.values());
        List<String> cells = new ArrayList<>();
        heatmap.get("series").get(0).get("data").forEach(cell -> cells.add(cell.toString()));
        assertThat(cells).contains("[0,1,0.667]", "[1,0,0.667]", "[0,2,1.0]");
        JsonNode labels = JSON.readTree(view.labels.chart.getOption());
        assertThat(texts(labels.get("yAxis").get("data"))).containsExactly("Economic", "Security");
        JsonNode economic = labels.get("series").get(0).get("data").get(0);
        assertThat(economic.get("value").asDouble()).isEqualTo(1.0);
        assertThat(economic.get("itemStyle").get("color").asString()).as("the label's colour").isEqualTo("#1f77b4");
        JsonNode outlets = JSON.readTree(view.outlets.chart.getOption());
        assertThat(texts(outlets.get("yAxis").get("data"))).as("UPI's one document has two raters, not the usual "
                + "three: its pooled alpha is undefined").containsExactly("Fox", "UPI (undefined)");

        view.layer.setValue("Tone");
        assertThat(view.pairMeasure.getValue()).isEqualTo(Measure.COHEN_KAPPA);
        assertThat(texts(JSON.readTree(view.labels.chart.getOption()).get("yAxis").get("data")))
                .containsExactly("negative", "neutral", "positive");
    }

    @Test
    void disagreementsLowestFirstOpenSideBySide() {
        AgreementView view = show();

        assertThat(view.disagreementCount.getText()).isEqualTo("3 disagreeing passages.");
        assertThat(_getFormatted(view.disagreements, 0, "document")).isEqualTo("Summit ends");
        assertThat(_getFormatted(view.disagreements, 0, "agreement")).isEqualTo("0%");
        assertThat(_getFormatted(view.disagreements, 0, "passage")).isEqualTo(AgreementFixture.D2_TEXT.substring(5,
                15));

        _clickItem(view.disagreements, 0);

        PassageView passage = _get(PassageView.class);
        assertThat(passage.title.getText()).isEqualTo("Summit ends · Frames");
        List<Component> columns = passage.columns.getChildren().toList();
        assertThat(columns).hasSize(2);
        assertThat(marked(columns.get(0))).containsExactly("Economic");
        assertThat(marked(columns.get(1))).containsExactly("Security");
        assertThat(focused(columns.get(0))).isEqualTo(AgreementFixture.D2_TEXT.substring(5, 15));
        assertThat(passage.back.getHref()).isEqualTo("projects/" + study.projectId + "/agreement");
    }

    @Test
    void aPassageWithBadParametersSaysWhatIsWrong() {
        UI.getCurrent().navigate("projects/" + study.projectId + "/agreement/passage", QueryParameters.simple(
                java.util.Map.of("document", "nope", "layer", "Frames", "start", "0", "end", "5")));
        PassageView passage = _get(PassageView.class);

        assertThat(passage.problem.isVisible()).isTrue();
        assertThat(passage.problem.getText()).contains("document").contains("'nope' is not an id");
    }

    @Test
    void curatorsSeeItAnnotatorsDoNot() {
        String curator = "curator-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new org.slant.team.User(curator, "Curator", "{noop}unused", org.slant.team.SystemRole.USER));
        jdbc.update("insert into membership (id, project_id, user_id, role) select ?, ?, id, 'CURATOR' "
                + "from app_user where username = ?", UUID.randomUUID(), study.projectId, curator);

        KaribuViews.stop();
        KaribuViews.signInAndStart(context, curator, "USER");
        assertThat(show().summary.getListDataView().getItemCount()).isPositive();

        KaribuViews.stop();
        KaribuViews.signInAndStart(context, study.usernames.get("alice"), "USER");
        UI.getCurrent().navigate("projects/" + study.projectId + "/agreement");
        assertThat(_get(NotForYourRolePage.class).reason()).contains("managers and curators");
        assertThat(_find(AgreementView.class)).isEmpty();
    }

    @Test
    void goldCanBeOneMoreRater() {
        assertThat(show().gold.isEnabled()).as("no gold yet").isFalse();
        gold.acceptAll(study.documents.get(0), study.usernames.get("alice"), null);
        gold.markCurated(study.documents.get(0));
        AgreementView view = show();
        assertThat(view.gold.isEnabled()).isTrue();
        assertThat(view.goldInProgress.isEnabled()).isFalse();

        view.gold.setValue(true);
        view.measure();
        MockVaadin.runUIQueue();

        assertThat(view.goldInProgress.isEnabled()).isTrue();
        assertThat(view.report.options().gold()).isEqualTo(org.slant.agreement.AgreementOptions.Gold.CURATED);
        assertThat(view.basis.getText()).startsWith("2 documents compared, 4 annotators").contains("gold");
    }

    @Test
    void inGermanTheTextsAreGermanAndTheFiguresHaveDecimalCommas() {
        KaribuViews.inGerman();
        AgreementView view = show();

        assertThat(view.basis.getText()).startsWith("2 Dokumente verglichen, 3 Annotatoren: ")
                .matches("(?s).*Gemessen am \\d{1,2}\\. \\p{L}+\\.? \\d{4}, \\d{2}:\\d{2} UTC\\.");
        int exact = rowOf(view, "Frames", "alle Labels", "Span-F1, exakt");
        assertThat(_getFormatted(view.summary, exact, "value")).isEqualTo("0,571");
        assertThat(_getFormatted(view.summary, exact, "restsOn")).isEqualTo("14 Spans · 3 Annotatoren · 2 Dokumente");
        assertThat(view.summary.getColumnByKey("restsOn").getHeaderText()).isEqualTo("Beruht auf");
        assertThat(view.legend.getSummaryText()).isEqualTo("Was die Maße bedeuten");
        assertThat(view.legend.definitions.getChildren().map(item -> item.getElement().getText()).toList())
                .contains("Span-F1, exakt", "Harmonisches Mittel aus Precision und Recall zwischen zwei Annotatoren; "
                        + "ein Span passt nur zu einem Span mit gleichem Anfang, gleichem Ende und gleichem Label.");
        // the measures' symbols stay; Krippendorff's reading of the headline alpha in German
        List<String> frames = glanceCard(view, "Frames");
        assertThat(frames).contains("Krippendorff's αU", "zuverlässig: α ≥ 0,800");
        assertThat(frames.getLast()).startsWith("Span-F1, Überlappung ").contains(" · Fleiss' κ auf Tokens ");
        assertThat(readingOf(view, "Frames")).as("the styles' name, the same in every language")
                .isEqualTo("reliable");
        assertThat(glanceCard(view, "Tone").getLast()).startsWith("Krippendorff's α (nominal) 0,500 · ");
        assertThat(view.disagreementCount.getText()).isEqualTo("3 abweichende Passagen.");
        assertThat(_getFormatted(view.disagreements, 0, "agreement")).isEqualTo("0\u00A0%");
        assertThat(view.measure.getText()).isEqualTo("Messen");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Übereinstimmung · ");

        JsonNode outlets = JSON.readTree(view.outlets.chart.getOption());
        assertThat(texts(outlets.get("yAxis").get("data"))).containsExactly("Fox", "UPI (nicht definiert)");
        JsonNode labels = JSON.readTree(view.labels.chart.getOption());
        assertThat(labels.get("series").get(0).get("data").get(0).get("label").get("formatter").asString())
                .isEqualTo("1");
        JsonNode heatmap = JSON.readTree(view.pairs.chart.getOption());
        List<String> legend = new ArrayList<>();
        heatmap.get("visualMap").get("pieces").forEach(piece -> legend.add(piece.get("label").asString()));
        assertThat(legend).as("span F1 cannot be negative").containsExactly("0–0,2", "0,2–0,4", "0,4–0,6", "0,6–0,8", "0,8–1");
        assertThat(view.pairs.caption.getText()).isEqualTo("Span-F1, Überlappung je Paar, über die Dokumente, die "
                + "beide annotiert haben; leer, wo nicht definiert");

        _clickItem(view.disagreements, 0);
        PassageView passage = _get(PassageView.class);
        assertThat(passage.back.getText()).isEqualTo("← Zurück zur Übereinstimmung");
        assertThat(passage.legend.getText()).startsWith("Die Spans jedes Annotators in der Farbe ihres Labels");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Abweichung · ");
    }

    @Test
    void inGermanAPassageWithBadParametersSaysWhatIsWrongInGerman() {
        KaribuViews.inGerman();
        UI.getCurrent().navigate("projects/" + study.projectId + "/agreement/passage", QueryParameters.simple(
                java.util.Map.of("document", "nope", "layer", "Frames", "start", "0", "end", "5")));
        PassageView passage = _get(PassageView.class);

        assertThat(passage.title.getText()).isEqualTo("Diese Passage kann nicht angezeigt werden");
        assertThat(passage.problem.getText()).isEqualTo("document: „nope“ ist keine ID");
    }

    @Test
    void inEnglishTheUndefinedUnitBarsAndLegendKeepTheirWords() {
        AgreementView view = show();
        JsonNode heatmap = JSON.readTree(view.pairs.chart.getOption());
        List<String> legend = new ArrayList<>();
        heatmap.get("visualMap").get("pieces").forEach(piece -> legend.add(piece.get("label").asString()));
        assertThat(legend).as("span F1 cannot be negative").containsExactly("0–0.2", "0.2–0.4", "0.4–0.6", "0.6–0.8", "0.8–1");
        assertThat(readingOf(view, "Frames")).isEqualTo("reliable");
        assertThat(AgreementCharts.shortest(0.5)).isEqualTo("0.5");
        assertThat(AgreementCharts.shortest(-0.25)).isEqualTo("-0.25");
        assertThat(AgreementCharts.shortest(1.0)).isEqualTo("1");
        assertThat(AgreementCharts.shortest(0.667)).isEqualTo("0.667");
    }

    private AgreementView show() {
        UI.getCurrent().navigate("projects/" + study.projectId + "/agreement");
        AgreementView view = _get(AgreementView.class);
        view.executor = Runnable::run;
        // what the browser's first answer asks for
        view.measure();
        MockVaadin.runUIQueue();
        return view;
    }

    private static int rowOf(AgreementView view, String layer, String label, String measure) {
        for (int row = 0; row < _size(view.summary); row++) {
            if (_getFormatted(view.summary, row, "layer").equals(layer)
                    && _getFormatted(view.summary, row, "label").equals(label)
                    && _getFormatted(view.summary, row, "measure").equals(measure)) {
                return row;
            }
        }
        throw new AssertionError("no row " + layer + " / " + label + " / " + measure);
    }

    private static List<String> marked(Component column) {
        return descendants(column).filter(component -> component.hasClassName("slant-passage-mark"))
                .map(component -> component.getElement().getAttribute("data-labels")).distinct().toList();
    }

    private static String focused(Component column) {
        StringBuilder text = new StringBuilder();
        descendants(column).filter(component -> component.hasClassName("slant-passage-focus"))
                .forEach(component -> text.append(((Span) component).getText()));
        return text.toString();
    }

    private static Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    /** The name the page's styles know a layer's reading by: reliable, tentative, unreliable or undefined. */
    private static String readingOf(AgreementView view, String layer) {
        return view.glance.getChildren().filter(card -> layer.equals(card.getElement().getAttribute("data-layer")))
                .findFirst().orElseThrow().getChildren().filter(part -> part.getElement().hasAttribute("data-reading"))
                .findFirst().orElseThrow().getElement().getAttribute("data-reading");
    }

    /** The texts of a layer's card at a glance, in order. */
    private static List<String> glanceCard(AgreementView view, String layer) {
        return view.glance.getChildren().filter(card -> layer.equals(card.getElement().getAttribute("data-layer")))
                .findFirst().orElseThrow().getChildren().map(part -> part.getElement().getText()).toList();
    }
}
