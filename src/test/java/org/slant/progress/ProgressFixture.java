package org.slant.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small study whose every figure can be worked out by hand: k = 2, four documents, four annotators.
 * <pre>
 *   #  outlet  story   Alice              Bob                 Carol              Dave
 *   1  Fox     Summit  done 1800 s        done 1200 s         done 600 s (first)
 *   2  Fox     Summit  done 1800 s        in progress 300 s
 *   3  UPI     Strike  in progress 0 s    not started         skipped 60 s
 *   4  –       –                                                                 not started
 * </pre>
 * Alice also has a done document in another project, which must not count here.
 */
public final class ProgressFixture {

    public static final int K = 2;
    public static final Instant DAY = Instant.parse("2026-11-20T09:00:00Z");

    public final UUID projectId;
    public final String projectName;
    public final List<UUID> documents;
    /** By display name: Alice, Bob, Carol, Dave. */
    public final Map<String, UUID> annotators = new LinkedHashMap<>();

    private final JdbcTemplate jdbc;

    public ProgressFixture(CorpusService corpus, UserRepository users, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String suffix = UUID.randomUUID().toString();
        projectName = "Progress " + suffix;
        projectId = corpus.createProject(new ProjectSettings(projectName, "", "", K, true, true)).getId();
        documents = corpus.addDocuments(projectId, List.of(
                document("Summit opens", "Fox", "Summit"),
                document("Summit ends without a deal", "Fox", "Summit"),
                document("Dockers strike", "UPI", "Strike"),
                document("Weather", null, null))).stream().map(Document::getId).toList();
        for (String name : List.of("Alice", "Bob", "Carol", "Dave")) {
            User user = users.save(new User(name.toLowerCase() + "-" + suffix, name, "{noop}unused",
                    SystemRole.USER));
            annotators.put(name, user.getId());
            jdbc.update("insert into membership (id, project_id, user_id, role) values (?, ?, ?, 'ANNOTATOR')",
                    UUID.randomUUID(), projectId, user.getId());
        }
        assign("Alice", 0, "DONE", 1800, 1, 3);
        assign("Bob", 0, "DONE", 1200, 1, 4);
        assign("Carol", 0, "DONE", 600, 0, 2);
        assign("Alice", 1, "DONE", 1800, 3, 5);
        assign("Bob", 1, "IN_PROGRESS", 300, 5, null);
        assign("Alice", 2, "IN_PROGRESS", 0, 6, null);
        assign("Bob", 2, "ASSIGNED", 0, null, null);
        assign("Carol", 2, "SKIPPED", 60, 3, 4);
        assign("Dave", 3, "ASSIGNED", 0, null, null);

        UUID elsewhere = corpus.createProject("Elsewhere " + suffix, "").getId();
        UUID other = corpus.addDocuments(elsewhere, List.of(document("Elsewhere", null, null))).getFirst().getId();
        insert(elsewhere, other, annotators.get("Alice"), "DONE", 7200, DAY, DAY.plusSeconds(86_400));
    }

    /** Started and finished are hours after {@link #DAY}; null for none. */
    private void assign(String annotator, int document, String status, int seconds, Integer started,
            Integer finished) {
        insert(projectId, documents.get(document), annotators.get(annotator), status, seconds, hours(started),
                hours(finished));
    }

    private void insert(UUID project, UUID document, UUID annotator, String status, int seconds, Instant started,
            Instant finished) {
        jdbc.update("insert into assignment (id, project_id, document_id, annotator_id, status, active_seconds, "
                + "started_at, finished_at) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), project, document,
                annotator, status, seconds, timestamp(started), timestamp(finished));
    }

    public static Instant hours(Integer hours) {
        return hours == null ? null : DAY.plusSeconds(hours * 3600L);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static NewDocument document(String title, String outlet, String story) {
        return new NewDocument(title, title + ": the text of the article.", outlet, story, null, null, null,
                Map.of());
    }
}
