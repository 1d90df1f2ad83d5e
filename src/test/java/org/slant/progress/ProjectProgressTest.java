package org.slant.progress;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.slant.platform.ForbiddenException;
import org.slant.team.User;
import org.slant.team.SystemRole;
import org.slant.team.ProjectRole;
import org.slant.team.Memberships;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.NotFoundException;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The progress figures of {@link ProgressFixture}'s small study, worked out by hand, against the real database. */
@SlantSpringTest
class ProjectProgressTest {

    @Autowired
    ProjectProgress progress;
    @Autowired
    CorpusService corpus;
    @Autowired
    UserRepository users;
    @Autowired
    WorkQueue work;
    @Autowired
    JdbcTemplate jdbc;

    ProgressFixture study;

    @BeforeEach
    void setUp() {
        study = new ProgressFixture(corpus, users, jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Autowired
    Memberships memberships;

    @Test
    void onlyManagersSeeTheProgress() {
        String name = "member-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(name, name, "{noop}unused", SystemRole.USER));
        memberships.add(study.projectId, name, ProjectRole.CURATOR);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));

        assertThatThrownBy(() -> progress.overview(study.projectId, 10)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("managers");
        assertThatThrownBy(() -> progress.documents(study.projectId, PageRequest.of(0, 5)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theSummaryCountsDoneAnnotationsUpToKPerDocument() {
        ProgressSummary summary = progress.overview(study.projectId, 10).summary();
        assertThat(summary.documents()).isEqualTo(4);
        assertThat(summary.annotatorsPerDocument()).isEqualTo(2);
        assertThat(summary.needed()).isEqualTo(8);
        // document 1 has three done annotations, of which two count
        assertThat(summary.done()).isEqualTo(3);
        assertThat(summary.shareDone()).isEqualTo(0.375);
        assertThat(summary.completeDocuments()).isEqualTo(1);
        assertThat(summary.annotators()).isEqualTo(4);
        assertThat(summary.activeSeconds()).isEqualTo(5760);
        assertThat(summary.activeHours()).isEqualTo(1.6, within(1e-9));
    }

    @Test
    void eachAnnotatorsWorkWithThroughputPerActiveHour() {
        List<AnnotatorProgress> annotators = progress.overview(study.projectId, 10).annotators();
        assertThat(annotators).extracting(AnnotatorProgress::name).containsExactly("Alice", "Bob", "Carol", "Dave");

        AnnotatorProgress alice = annotators.get(0);
        assertThat(alice.annotatorId()).isEqualTo(study.annotators.get("Alice"));
        assertThat(List.of(alice.assigned(), alice.notStarted(), alice.inProgress(), alice.done(), alice.skipped()))
                .containsExactly(3L, 0L, 1L, 2L, 0L);
        assertThat(alice.activeSeconds()).isEqualTo(3600);
        assertThat(alice.throughput()).isEqualTo(2.0);
        assertThat(alice.lastActivity()).isEqualTo(ProgressFixture.hours(6));

        AnnotatorProgress bob = annotators.get(1);
        assertThat(List.of(bob.assigned(), bob.notStarted(), bob.inProgress(), bob.done(), bob.skipped()))
                .containsExactly(3L, 1L, 1L, 1L, 0L);
        // one document in 1,500 s: the time on the unfinished one counts too
        assertThat(bob.throughput()).isEqualTo(2.4, within(1e-9));
        assertThat(bob.lastActivity()).isEqualTo(ProgressFixture.hours(5));

        AnnotatorProgress carol = annotators.get(2);
        assertThat(List.of(carol.assigned(), carol.notStarted(), carol.inProgress(), carol.done(), carol.skipped()))
                .containsExactly(2L, 0L, 0L, 1L, 1L);
        assertThat(carol.throughput()).isEqualTo(3600.0 / 660, within(1e-9));

        AnnotatorProgress dave = annotators.get(3);
        assertThat(List.of(dave.assigned(), dave.notStarted(), dave.done())).containsExactly(1L, 1L, 0L);
        assertThat(dave.throughput()).isNull();
        assertThat(dave.lastActivity()).isNull();
    }

    @Test
    void documentsAreSpreadOverZeroToKDoneAnnotations() {
        assertThat(progress.overview(study.projectId, 10).doneLevels()).containsExactly(new DoneLevel(0, 2),
                new DoneLevel(1, 1), new DoneLevel(2, 1));
    }

    @Test
    void outletsByNameWithTheDocumentsWithoutOneLast() {
        List<GroupProgress> outlets = progress.overview(study.projectId, 10).outlets();
        assertThat(outlets).containsExactly(new GroupProgress("Fox", 2, 4, 3, 1),
                new GroupProgress("UPI", 1, 2, 0, 1), new GroupProgress(null, 1, 2, 0, 0));
        assertThat(outlets.get(0).shareDone()).isEqualTo(0.75);
        assertThat(outlets.get(0).notStarted()).isZero();
        assertThat(outlets.get(1).notStarted()).isEqualTo(1);
        assertThat(outlets.get(2).notStarted()).isEqualTo(2);
    }

    @Test
    void ofStoriesEquallyFarBehindTheLargerComesFirst() {
        corpus.addDocuments(study.projectId, List.of(new NewDocument("Pickets", "Pickets at the port.", "UPI",
                "Strike", null, null, null, Map.of())));
        assertThat(progress.overview(study.projectId, 10).storiesFurthestBehind()).extracting(GroupProgress::name)
                .containsExactly("Strike", null, "Summit");
        corpus.addDocuments(study.projectId, List.of(
                new NewDocument("Rain", "Rain all day.", null, null, null, null, null, Map.of()),
                new NewDocument("Snow", "Snow at night.", null, null, null, null, null, Map.of())));
        assertThat(progress.overview(study.projectId, 10).storiesFurthestBehind()).extracting(GroupProgress::name)
                .containsExactly(null, "Strike", "Summit");
    }

    @Test
    void theStoriesFurthestBehindComeFirst() {
        ProgressOverview overview = progress.overview(study.projectId, 2);
        assertThat(overview.storiesFurthestBehind()).containsExactly(new GroupProgress("Strike", 1, 2, 0, 1),
                new GroupProgress(null, 1, 2, 0, 0));
        assertThat(overview.stories()).isEqualTo(3);
        assertThat(progress.overview(study.projectId, 10).storiesFurthestBehind().getLast())
                .isEqualTo(new GroupProgress("Summit", 2, 4, 3, 1));
    }

    @Test
    void documentsWithTheFewestDoneAnnotationsComeFirstAPageAtATime() {
        Page<DocumentProgress> first = progress.documents(study.projectId, PageRequest.of(0, 2));
        assertThat(first.getTotalElements()).isEqualTo(4);
        assertThat(first.getContent()).extracting(DocumentProgress::title).containsExactly("Dockers strike",
                "Weather");
        DocumentProgress strike = first.getContent().getFirst();
        assertThat(List.of(strike.done(), strike.inProgress(), strike.skipped(), strike.annotatorsPerDocument()))
                .containsExactly(0, 1, 1, 2);
        assertThat(strike.activeSeconds()).isEqualTo(60);
        assertThat(strike.outlet()).isEqualTo("UPI");
        assertThat(strike.story()).isEqualTo("Strike");
        assertThat(first.getContent().get(1).outlet()).isNull();
        assertThat(first.getContent().get(1).doneBy()).isEmpty();

        List<DocumentProgress> second = progress.documents(study.projectId, PageRequest.of(1, 2)).getContent();
        assertThat(second).extracting(DocumentProgress::position).containsExactly(2, 1);
        assertThat(second.get(0).doneBy()).containsExactly("Alice");
        DocumentProgress opens = second.get(1);
        assertThat(opens.done()).isEqualTo(3);
        assertThat(opens.doneBy()).containsExactly("Carol", "Alice", "Bob");
        assertThat(opens.activeSeconds()).isEqualTo(3600);
    }

    @Test
    void workDoneInTheQueueShowsAtOnce() {
        String username = users.findById(study.annotators.get("Dave")).orElseThrow().getUsername();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        work.recordActivity(study.documents.get(3), 90);
        work.markDone(study.documents.get(3), false);
        work.open(study.documents.get(1));
        // the figures are the managers' (here: the admin's)
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));

        ProgressOverview overview = progress.overview(study.projectId, 10);
        assertThat(overview.summary().done()).isEqualTo(4);
        assertThat(overview.summary().activeSeconds()).isEqualTo(5850);
        AnnotatorProgress dave = overview.annotators().getLast();
        assertThat(List.of(dave.assigned(), dave.inProgress(), dave.done())).containsExactly(2L, 1L, 1L);
        assertThat(dave.throughput()).isEqualTo(40.0);
        assertThat(dave.lastActivity()).isNotNull();
        // document 2 now has Alice's done annotation and two in progress, of which one counts
        assertThat(overview.outlets().getFirst()).isEqualTo(new GroupProgress("Fox", 2, 4, 3, 1));
        assertThat(overview.doneLevels()).containsExactly(new DoneLevel(0, 1), new DoneLevel(1, 2),
                new DoneLevel(2, 1));
    }

    @Test
    void aProjectWithoutDocumentsOrWorkGivesZeros() {
        UUID empty = corpus.createProject("Empty " + UUID.randomUUID(), "").getId();
        ProgressOverview overview = progress.overview(empty, 10);
        ProgressSummary summary = overview.summary();
        assertThat(List.of(summary.documents(), summary.needed(), summary.done(), summary.completeDocuments(),
                summary.annotators(), summary.activeSeconds())).containsOnly(0L);
        assertThat(summary.shareDone()).isZero();
        assertThat(summary.activeHours()).isZero();
        assertThat(overview.annotators()).isEmpty();
        assertThat(overview.outlets()).isEmpty();
        assertThat(overview.storiesFurthestBehind()).isEmpty();
        assertThat(overview.stories()).isZero();
        assertThat(overview.doneLevels()).containsExactly(new DoneLevel(0, 0), new DoneLevel(1, 0));
        assertThat(progress.documents(empty, PageRequest.of(0, 50)).getTotalElements()).isZero();
        assertThat(new GroupProgress("None", 0, 0, 0, 0).shareDone()).isZero();
    }

    @Test
    void anUnknownProjectIsNotFound() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> progress.overview(unknown, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.documents(unknown, PageRequest.of(0, 10)))
                .isInstanceOf(NotFoundException.class);
    }
}
