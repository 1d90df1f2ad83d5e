package org.slant.annotation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.ui.NotForYourRolePage;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The manager's assignment page without a browser. */
@SlantSpringTest
class AssignmentViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    CorpusService corpus;
    @Autowired
    Memberships memberships;
    @Autowired
    JdbcTemplate jdbc;

    String lead;
    final List<String> annotators = new ArrayList<>();
    UUID projectId;

    @BeforeEach
    void aProjectOfFourDocumentsAndThreeAnnotators() {
        lead = TestAccounts.named(users, "lead");
        KaribuViews.signInAndStart(context, lead, "USER");
        projectId = corpus.createProject("Assignment view " + UUID.randomUUID(), "").getId();
        corpus.addDocuments(projectId, IntStream.range(0, 4).mapToObj(i -> new NewDocument("Article " + i,
                "Text number " + i + ".", null, null, null, null, null, Map.of())).toList());
        for (String name : List.of("ana", "ben", "cem")) {
            String annotator = TestAccounts.named(users, name);
            annotators.add(annotator);
            memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
        }
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void theManagerDistributesTwoPerDocumentAndMovesOneByHand() {
        UI.getCurrent().navigate("projects/" + projectId + "/assignment");
        AssignmentView view = _get(AssignmentView.class);
        assertThat(view.annotators.getValue()).containsExactlyInAnyOrderElementsOf(annotators);
        view.k.setValue(2);
        view.distribute();

        assertThat(view.outcome.getText()).isEqualTo("8 assignments made, 2 per document.");
        assertThat(_size(view.shares)).isEqualTo(3);
        List<Integer> shares = IntStream.range(0, 3).mapToObj(row -> Integer.parseInt(_getFormatted(view.shares, row,
                "documents"))).toList();
        assertThat(shares).containsExactlyInAnyOrder(3, 3, 2);

        var first = corpus.documents(projectId, PageRequest.of(0, 1)).getContent().getFirst();
        String holder = jdbc.queryForObject("select u.username from assignment a join app_user u on u.id = "
                + "a.annotator_id where a.document_id = ? order by u.username limit 1", String.class, first.id());
        String other = annotators.stream().filter(name -> jdbc.queryForObject("select count(*) from assignment a "
                + "join app_user u on u.id = a.annotator_id where a.document_id = ? and u.username = ?", Long.class,
                first.id(), name) == 0).findFirst().orElseThrow();
        view.document.setValue(first);
        view.from.setValue(holder);
        view.to.setValue(other);
        view.move();
        assertThat(jdbc.queryForObject("select count(*) from assignment a join app_user u on u.id = a.annotator_id "
                + "where a.document_id = ? and u.username = ?", Long.class, first.id(), other)).isEqualTo(1);
    }

    @Test
    void thePageShowsWhoHasWhichDocumentAndAClickReadiesItsMove() {
        UI.getCurrent().navigate("projects/" + projectId + "/assignment");
        AssignmentView view = _get(AssignmentView.class);
        assertThat(_size(view.holders)).isEqualTo(4);
        assertThat(_getFormatted(view.holders, 0, "annotators")).isEqualTo("nobody yet");
        view.k.setValue(1);
        view.distribute();

        var first = corpus.documents(projectId, PageRequest.of(0, 1)).getContent().getFirst();
        String holder = jdbc.queryForObject("select u.username from assignment a join app_user u on u.id = "
                + "a.annotator_id where a.document_id = ?", String.class, first.id());
        jdbc.update("update assignment set status = 'IN_PROGRESS' where document_id = ?", first.id());
        view.holders.getDataProvider().refreshAll();
        assertThat(_getFormatted(view.holders, 0, "document")).isEqualTo(first.position() + ". " + first.title());
        assertThat(_getFormatted(view.holders, 0, "annotators")).isEqualTo(holder + " (in progress)");
        assertThat(_getFormatted(view.holders, 1, "annotators")).endsWith(" (not started)");

        _clickItem(view.holders, 1);
        var second = corpus.documents(projectId, PageRequest.of(1, 1)).getContent().getFirst();
        String secondHolder = jdbc.queryForObject("select u.username from assignment a join app_user u on u.id = "
                + "a.annotator_id where a.document_id = ?", String.class, second.id());
        assertThat(view.document.getValue().id()).isEqualTo(second.id());
        assertThat(view.from.getValue()).isEqualTo(secondHolder);
        String other = annotators.stream().filter(name -> !name.equals(secondHolder)).findFirst().orElseThrow();
        view.to.setValue(other);
        view.move();
        assertThat(_getFormatted(view.holders, 1, "annotators")).isEqualTo(other + " (not started)");
    }

    @Test
    void tooLargeAKIsExplainedAndAnnotatorsMayNotOpenThePage() {
        UI.getCurrent().navigate("projects/" + projectId + "/assignment");
        AssignmentView view = _get(AssignmentView.class);
        view.k.setValue(4);
        view.distribute();
        assertThat(view.outcome.getText()).contains("4 distinct annotators");
        view.seed.setValue("soon");
        view.distribute();
        assertThat(view.seed.isInvalid()).isTrue();
        KaribuViews.stop();

        KaribuViews.signInAndStart(context, annotators.getFirst(), "USER");
        UI.getCurrent().navigate("projects/" + projectId + "/assignment");
        assertThat(_get(NotForYourRolePage.class).reason()).contains("managers");
    }
}
