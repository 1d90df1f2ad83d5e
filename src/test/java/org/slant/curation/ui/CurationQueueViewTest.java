package org.slant.curation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.curation.CurationStatus;
import org.slant.curation.CurationStudy;
import org.slant.curation.GoldService;
import org.slant.curation.QueueOrder;
import org.slant.platform.ui.NotForYourRolePage;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** The curation queue page on the study worked out by hand ({@link CurationStudy}), as its curator sees it. */
@SlantSpringTest
class CurationQueueViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue work;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;
    @Autowired
    GoldService gold;

    CurationStudy study;

    @BeforeEach
    void setUp() {
        study = new CurationStudy(corpus, editor, annotations, work, users, memberships);
        KaribuViews.signInAndStart(context, study.curator, "USER");
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void listsTheDocumentsLowestAgreementFirstWithWhatACuratorNeedsToChoose() {
        CurationQueueView view = show();

        assertThat(_size(view.documents)).isEqualTo(6);
        assertThat(_getFormatted(view.documents, 0, "title")).isEqualTo("Split");
        assertThat(_getFormatted(view.documents, 0, "agreement")).isEqualTo("0.00");
        assertThat(_getFormatted(view.documents, 0, "outlet")).isEqualTo("Fox");
        assertThat(_getFormatted(view.documents, 0, "story")).isEqualTo("Summit");
        assertThat(_getFormatted(view.documents, 0, "done")).isEqualTo("2 of 2 done");
        assertThat(_getFormatted(view.documents, 0, "status")).isEqualTo("Not started");
        assertThat(_getFormatted(view.documents, 0, "gold")).isEqualTo("0");
        assertThat(_getFormatted(view.documents, 1, "agreement")).isEqualTo("0.78");
        assertThat(_getFormatted(view.documents, 2, "agreement")).isEqualTo("1.00 · unanimous");
        assertThat(_getFormatted(view.documents, 3, "title")).isEqualTo("Strength differs");
        assertThat(_getFormatted(view.documents, 3, "agreement")).isEqualTo("1.00");
        assertThat(_getFormatted(view.documents, 5, "agreement")).isEqualTo("–");
        assertThat(_getFormatted(view.documents, 5, "done")).isEqualTo("1 of 2 done");
        assertThat(view.documents.getColumnByKey("done").getTooltipGenerator()
                .apply(view.documents.getGenericDataView().getItem(5))).isEqualTo("A done, B in progress");
        assertThat(view.curateUnanimous.getText()).isEqualTo("Mark unanimous documents curated (2)");
        assertThat(view.curateUnanimous.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Curation · Curation queue ");
        Anchor tab = _get(Anchor.class, spec -> spec.withClasses("current"));
        assertThat(tab.getText()).isEqualTo("Curation");
        assertThat(tab.getHref()).isEqualTo("projects/" + study.projectId + "/curation");

        Anchor curate = _get((HorizontalLayout) _getCellComponent(view.documents, 0, "actions"), Anchor.class);
        assertThat(curate.getHref()).isEqualTo("documents/" + study.documents.get(1) + "/curate");
        _clickItem(view.documents, 1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("documents/" + study.documents.get(2) + "/curate");
    }

    @Test
    void ordersByPositionAndFiltersByStoryOutletAndStatus() {
        CurationQueueView view = show();

        view.order.setValue(QueueOrder.POSITION);
        assertThat(titles(view)).containsExactly("Unanimous", "Split", "Partly", "One done", "Strength differs",
                "Nothing to mark");
        view.storyFilter.setValue(view.storyFilter.getListDataView().getItems()
                .filter(story -> story.title().equals("Summit")).findFirst().orElseThrow());
        assertThat(titles(view)).containsExactly("Unanimous", "Split", "Partly");
        assertThat(view.curateUnanimous.getText()).isEqualTo("Mark unanimous documents curated (1)");
        view.outletFilter.setValue(view.outletFilter.getListDataView().getItems()
                .filter(outlet -> outlet.name().equals("UPI")).findFirst().orElseThrow());
        assertThat(titles(view)).containsExactly("Partly");
        assertThat(view.curateUnanimous.isEnabled()).isFalse();

        ActingAs.user(study.curator, () -> gold.markCurated(study.documents.get(2)));
        view.storyFilter.clear();
        view.outletFilter.clear();
        view.statusFilter.setValue(CurationStatus.CURATED);
        assertThat(titles(view)).containsExactly("Partly");
        view.statusFilter.setValue(CurationStatus.NOT_STARTED);
        assertThat(titles(view)).containsExactly("Unanimous", "Split", "One done", "Strength differs",
                "Nothing to mark");
    }

    @Test
    void marksTheUnanimousDocumentsCuratedAfterConfirmation() {
        CurationQueueView view = show();

        _click(view.curateUnanimous);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Mark 2 documents curated?");
        _fireConfirm(confirm);
        MockVaadin.runUIQueue();

        assertThat(ActingAs.user(study.curator, () -> gold.statusOf(study.documents.get(0))))
                .isEqualTo(CurationStatus.CURATED);
        assertThat(ActingAs.user(study.curator, () -> gold.goldOf(study.documents.get(0))).spans()).hasSize(1);
        assertThat(ActingAs.user(study.curator, () -> gold.statusOf(study.documents.get(5))))
                .isEqualTo(CurationStatus.CURATED);
        assertThat(view.curateUnanimous.getText()).isEqualTo("Mark unanimous documents curated (0)");
        assertThat(view.curateUnanimous.isEnabled()).isFalse();
        assertThat(_getFormatted(view.documents, 2, "status")).isEqualTo("Curated");
        assertThat(_getFormatted(view.documents, 2, "gold")).isEqualTo("1");
    }

    @Test
    void sendsADocumentBackToTheAnnotatorChosenWithANote() {
        CurationQueueView view = show();
        Button sendBack = _get((HorizontalLayout) _getCellComponent(view.documents, 0, "actions"), Button.class);
        assertThat(sendBack.isEnabled()).isTrue();

        _click(sendBack);
        SendBackDialog dialog = _get(SendBackDialog.class);
        assertThat(dialog.annotator.getListDataView().getItems().map(one -> one.lane()).toList())
                .containsExactly("A", "B");
        assertThat(dialog.send.isEnabled()).isFalse();
        dialog.annotator.setValue(dialog.annotator.getListDataView().getItems()
                .filter(one -> one.lane().equals("B")).findFirst().orElseThrow());
        dialog.note.setValue("The span should end at 5, before the space.");
        _click(dialog.send);
        MockVaadin.runUIQueue();

        assertThat(_find(SendBackDialog.class)).isEmpty();
        var item = ActingAs.user(study.jonas, () -> work.queue(study.projectId, PageRequest.of(0, 10)))
                .getContent().get(1);
        assertThat(item.status().name()).isEqualTo("IN_PROGRESS");
        assertThat(item.sentBack().note()).isEqualTo("The span should end at 5, before the space.");
        // no figure now: last, before the later document without one
        assertThat(_getFormatted(view.documents, 4, "title")).isEqualTo("Split");
        assertThat(_getFormatted(view.documents, 4, "done")).isEqualTo("1 of 2 done");
        assertThat(_getFormatted(view.documents, 4, "agreement")).isEqualTo("–");
    }

    @Test
    void anotherActionJoinsTheToolbar() {
        CurationQueueView view = show();
        Button another = new Button("Another action");

        view.addAction(another);

        assertThat(view.actions.getChildren().toList()).containsExactly(view.preMerge, another);
        assertThat(view.projectId()).isEqualTo(study.projectId);
    }

    @Test
    void annotatorsGetTheNotForYourRolePage() {
        KaribuViews.stop();
        KaribuViews.signInAndStart(context, study.amira, "USER");
        UI.getCurrent().navigate("projects/" + study.projectId + "/curation");
        assertThat(_get(NotForYourRolePage.class).reason()).contains("managers and curators");
        assertThat(_find(CurationQueueView.class)).isEmpty();
    }

    private CurationQueueView show() {
        UI.getCurrent().navigate("projects/" + study.projectId + "/curation");
        CurationQueueView view = _get(CurationQueueView.class);
        view.executor = Runnable::run;
        // what the browser's first answer asks for
        view.prepare();
        MockVaadin.runUIQueue();
        return view;
    }

    private static List<String> titles(CurationQueueView view) {
        List<String> titles = new ArrayList<>();
        for (int row = 0; row < _size(view.documents); row++) {
            titles.add(_getFormatted(view.documents, row, "title"));
        }
        return titles;
    }
}
