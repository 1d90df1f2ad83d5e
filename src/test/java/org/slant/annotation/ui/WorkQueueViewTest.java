package org.slant.annotation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.platform.ui.NotFoundPage;
import org.slant.annotation.WorkAssignment;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The admin's queue in a fresh project of three documents, so no other test's work shows in it. */
@SlantSpringTest
class WorkQueueViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    WorkQueue work;
    @Autowired
    WorkAssignment assignment;

    String projectName;
    UUID projectId;
    List<UUID> documents;

    @BeforeEach
    void setUp() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        projectName = "My work " + UUID.randomUUID();
        projectId = corpus.createProject(projectName, "").getId();
        documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("NATO and Russia talk", "Stoltenberg said the differences will not be easy to bridge.",
                        "Fox News", "NATO–Russia Council", null, null, null, Map.of()),
                new NewDocument("Talks end", "The talks ended.", "UPI", null, null, null, null, Map.of()),
                new NewDocument("No breakthrough", "No breakthrough, according to CNN.", null, null, null, null, null,
                        Map.of())))
                .stream().map(Document::getId).toList();
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void listsTheDocumentsWithTheAnnotatorsProgressInWords() {
        WorkQueueView view = showQueue();
        assertThat(_size(view.queue)).isEqualTo(3);
        assertThat(_getFormatted(view.queue, 0, "position")).isEqualTo("1");
        assertThat(_getFormatted(view.queue, 0, "title")).isEqualTo("NATO and Russia talk");
        assertThat(_getFormatted(view.queue, 0, "outlet")).isEqualTo("Fox News");
        assertThat(_getFormatted(view.queue, 0, "story")).isEqualTo("NATO–Russia Council");
        assertThat(_getFormatted(view.queue, 0, "words")).isEqualTo("10");
        assertThat(_getFormatted(view.queue, 2, "outlet")).isEqualTo("–");
        assertThat(_getFormatted(view.queue, 0, "status")).isEqualTo("Not started");
        assertThat(_getFormatted(view.queue, 0, "activeTime")).isEqualTo("—");
        assertThat(view.summary.getText()).isEqualTo("0 of 3 done");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My work · " + projectName + " · Slant");
        Anchor current = _get(Anchor.class, spec -> spec.withClasses("current"));
        assertThat(current.getText()).isEqualTo("My work");
        assertThat(current.getHref()).isEqualTo("projects/" + projectId + "/work");

        work.open(documents.get(0));
        work.recordActivity(documents.get(0), 240);
        work.recordActivity(documents.get(0), 50);
        work.markDone(documents.get(0), true);
        work.open(documents.get(1));
        for (int report = 0; report < 13; report++) {
            work.recordActivity(documents.get(1), 300);
        }
        work.skip(documents.get(2));
        work.recordActivity(documents.get(2), 20);

        view = showQueue();
        assertThat(_getFormatted(view.queue, 0, "status")).isEqualTo("Done");
        assertThat(_getFormatted(view.queue, 0, "activeTime")).isEqualTo("4 min");
        assertThat(_getFormatted(view.queue, 1, "status")).isEqualTo("In progress");
        assertThat(_getFormatted(view.queue, 1, "activeTime")).isEqualTo("1 h 05 min");
        assertThat(_getFormatted(view.queue, 2, "status")).isEqualTo("Skipped");
        assertThat(_getFormatted(view.queue, 2, "activeTime")).isEqualTo("< 1 min");
        assertThat(view.summary.getText()).isEqualTo("1 of 3 done");
    }

    @Test
    void openNextLeadsToTheFirstUnfinishedDocumentAndARowToItsOwn() {
        work.markDone(documents.get(0), true);
        WorkQueueView view = showQueue();
        assertThat(view.nextPath()).isEqualTo("annotate/" + documents.get(1));
        assertThat(view.openNext.getText()).isEqualTo("Open next");
        assertThat(view.openNext.isEnabled()).isTrue();

        _click(view.openNext);
        assertThat(currentPath()).isEqualTo("annotate/" + documents.get(1));

        _clickItem(showQueue().queue, 0);
        assertThat(currentPath()).isEqualTo("annotate/" + documents.get(0));
    }

    @Test
    void allDoneWhenEveryDocumentIsDoneOrSkipped() {
        work.markDone(documents.get(0), true);
        work.skip(documents.get(1));
        work.markDone(documents.get(2), true);

        WorkQueueView view = showQueue();
        assertThat(view.nextPath()).isNull();
        assertThat(view.openNext.getText()).isEqualTo("All done");
        assertThat(view.openNext.isEnabled()).isFalse();
        assertThat(view.summary.getText()).isEqualTo("2 of 3 done");

        UUID empty = corpus.createProject("Empty " + UUID.randomUUID(), "").getId();
        UI.getCurrent().navigate("projects/" + empty + "/work");
        view = _get(WorkQueueView.class);
        assertThat(_size(view.queue)).isZero();
        assertThat(view.summary.getText()).isEqualTo("0 of 0 done");
        assertThat(view.openNext.getText()).isEqualTo("All done");
    }

    @Test
    void aDocumentSentBackShowsWhoSentItBackAndTheirNoteUntilDoneAgain() {
        work.markDone(documents.get(0), true);
        assignment.sendBack(documents.get(0), "admin", "Mark the second quote too.");

        WorkQueueView view = showQueue();

        assertThat(_getFormatted(view.queue, 0, "status")).isEqualTo("Sent back");
        assertThat(_getFormatted(view.queue, 1, "status")).isEqualTo("Not started");
        assertThat(view.sentBack.isVisible()).isTrue();
        assertThat(view.sentBack.getElement().getTextRecursively()).startsWith("Sent back to you")
                .contains("NATO and Russia talk · Administrator, ").endsWith(": Mark the second quote too.");
        assertThat(_get(view.sentBack, Anchor.class).getHref()).isEqualTo("annotate/" + documents.get(0));
        assertThat(view.nextPath()).isEqualTo("annotate/" + documents.get(0));

        work.markDone(documents.get(0), true);
        view = showQueue();
        assertThat(_getFormatted(view.queue, 0, "status")).isEqualTo("Done");
        assertThat(view.sentBack.isVisible()).isFalse();
    }

    @Test
    void anUnknownOrMalformedProjectShowsNotFound() {
        UI.getCurrent().navigate("projects/" + UUID.randomUUID() + "/work");
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such project.");
        UI.getCurrent().navigate("projects/not-a-uuid/work");
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such project.");
    }

    private WorkQueueView showQueue() {
        UI.getCurrent().navigate("projects/" + projectId + "/work");
        return _get(WorkQueueView.class);
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
