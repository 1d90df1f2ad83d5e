package org.slant.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.team.CurrentUser;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.slant.team.ProjectAccess;
import org.slant.team.ProjectRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who annotates which document: managers distribute the documents k to a document or move one by hand; curators and
 * managers send an annotator's finished document back to them.
 */
@Service
@Transactional
public class WorkAssignment {

    /** The longest note a document sent back may carry: a few paragraphs for the annotator. */
    public static final int MAX_NOTE_LENGTH = 2000;

    private final CorpusService corpus;
    private final Memberships memberships;
    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final AssignmentRepository assignments;
    private final SendBacks sendBacks;
    private final JdbcTemplate jdbc;

    WorkAssignment(CorpusService corpus, Memberships memberships, CurrentUser currentUser, ProjectAccess access,
            AssignmentRepository assignments, SendBacks sendBacks, JdbcTemplate jdbc) {
        this.corpus = corpus;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.access = access;
        this.assignments = assignments;
        this.sendBacks = sendBacks;
        this.jdbc = jdbc;
    }

    /**
     * Gives every document of the project to k distinct annotators (by default the project's k and all its members
     * with the role annotator), shares within one document of each other, stories kept together where possible;
     * with a seed, in a random order that the seed repeats. Documents that have k annotators already are left alone.
     */
    public Distribution distribute(UUID projectId, Integer k, List<String> annotators, Long seed) {
        corpus.projectToChange(projectId);
        int perDocument = k != null ? k : corpus.projectDetails(projectId).annotatorsPerDocument();
        Map<UUID, String> team = annotators(projectId, annotators);
        if (perDocument < 1) {
            throw InvalidInputException.of("k", Message.of("annotation.refusal.k-at-least-1"));
        }
        if (team.size() < perDocument) {
            throw InvalidInputException.of("annotators", Message.of("annotation.refusal.too-few-annotators",
                    String.valueOf(perDocument), team.size(), String.valueOf(team.size())));
        }
        Map<UUID, Set<UUID>> already = new HashMap<>();
        jdbc.query("select document_id, annotator_id from assignment where project_id = ?", row -> {
            already.computeIfAbsent(row.getObject(1, UUID.class), document -> new HashSet<>())
                    .add(row.getObject(2, UUID.class));
        }, projectId);
        List<AssignmentPlan.Item> items = jdbc.query("select id, story_id from document where project_id = ? "
                + "order by position", (row, number) -> new AssignmentPlan.Item(row.getObject(1, UUID.class),
                row.getObject(2, UUID.class), already.getOrDefault(row.getObject(1, UUID.class), Set.of())),
                projectId);
        Map<UUID, List<UUID>> plan = AssignmentPlan.plan(items, List.copyOf(team.keySet()), perDocument, seed);
        UUID manager = currentUser.id().orElse(null);
        List<Object[]> rows = new ArrayList<>();
        plan.forEach((document, chosen) -> chosen.forEach(annotator -> rows.add(new Object[] {UUID.randomUUID(),
                projectId, document, annotator, manager})));
        jdbc.batchUpdate("insert into assignment (id, project_id, document_id, annotator_id, assigned_by) "
                + "values (?, ?, ?, ?, ?) on conflict (document_id, annotator_id) do nothing", rows);
        return new Distribution(perDocument, rows.size(), shares(projectId, team));
    }

    /**
     * Who has which document, a page of the project's documents in their order at a time: for its managers, who
     * move documents between annotators.
     */
    @Transactional(readOnly = true)
    public List<DocumentHolders> whoHasWhat(UUID projectId, int offset, int limit) {
        corpus.projectToChange(projectId);
        Map<UUID, DocumentHolders> documents = new LinkedHashMap<>();
        jdbc.query("select d.id, d.position, d.title, u.username, a.status from (select id, position, title "
                + "from document where project_id = ? order by position limit ? offset ?) d "
                + "left join assignment a on a.document_id = d.id left join app_user u on u.id = a.annotator_id "
                + "order by d.position, lower(u.username)", (RowCallbackHandler) row -> {
                    UUID id = row.getObject(1, UUID.class);
                    DocumentHolders document = documents.get(id);
                    if (document == null) {
                        document = new DocumentHolders(id, row.getInt(2), row.getString(3), new ArrayList<>());
                        documents.put(id, document);
                    }
                    if (row.getString(4) != null) {
                        document.holders().add(new DocumentHolders.Holder(row.getString(4),
                                AssignmentStatus.valueOf(row.getString(5))));
                    }
                }, projectId, limit, offset);
        return List.copyOf(documents.values());
    }

    /** Moves a document not yet started from one annotator to another. */
    public void reassign(UUID documentId, String from, String to) {
        DocumentDetails document = corpus.document(documentId);
        corpus.projectToChange(document.projectId());
        Map<String, UUID> members = new HashMap<>();
        memberships.members(document.projectId()).forEach(member -> members.put(member.username().toLowerCase(),
                member.userId()));
        UUID source = member(members, from, "from");
        UUID target = member(members, to, "to");
        int moved = jdbc.update("update assignment set annotator_id = ?, assigned_by = ? where document_id = ? and "
                + "annotator_id = ? and status = 'ASSIGNED' and not exists (select 1 from assignment other where "
                + "other.document_id = ? and other.annotator_id = ?)", target, currentUser.id().orElse(null),
                documentId, source, documentId, target);
        if (moved == 0) {
            throw InvalidInputException.of("from", Message.of("annotation.refusal.not-reassigned", from, to));
        }
    }

    /**
     * Sends a document the annotator finished (done or skipped) back to them: their work on it is in progress again,
     * so they can change it, and their queue shows the note until they finish it again. Sending back work already
     * in progress changes nothing but records a new note. For the project's curators and managers.
     */
    public SentBackAssignment sendBack(UUID documentId, String annotator, String note) {
        DocumentDetails document = corpus.document(documentId);
        access.requireEveryonesWork(document.projectId());
        if (annotator == null || annotator.isBlank()) {
            throw InvalidInputException.of("annotator",
                    Message.of("annotation.refusal.send-back-to-required"));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            throw InvalidInputException.of("note", Message.of("annotation.refusal.note-too-long",
                    String.valueOf(MAX_NOTE_LENGTH), String.valueOf(text.length())));
        }
        List<Map.Entry<UUID, String>> found = jdbc.query("select u.id, u.username from assignment a join app_user u "
                + "on u.id = a.annotator_id where a.document_id = ? and lower(u.username) = lower(?)",
                (row, n) -> Map.entry(row.getObject("id", UUID.class), row.getString("username")), documentId,
                annotator.strip());
        if (found.isEmpty()) {
            throw InvalidInputException.of("annotator", Message.of("annotation.refusal.no-work-to-send-back",
                    annotator));
        }
        Assignment assignment = assignments.findForChange(documentId, found.getFirst().getKey()).orElseThrow();
        if (assignment.getStatus() == AssignmentStatus.ASSIGNED) {
            throw InvalidInputException.of("annotator", Message.of("annotation.refusal.not-started", annotator));
        }
        boolean reopening = assignment.getStatus().finished();
        Optional<SentBack> open = sendBacks.open(documentId, assignment.getAnnotatorId());
        if (reopening || (text != null && !open.map(SentBack::note).filter(text::equals).isPresent())) {
            assignment.reopen();
            assignments.saveAndFlush(assignment);
            sendBacks.record(document.projectId(), documentId, assignment.getAnnotatorId(),
                    currentUser.id().orElse(null), text);
        } else {
            text = open.map(SentBack::note).orElse(null);
        }
        return new SentBackAssignment(documentId, found.getFirst().getValue(), assignment.getStatus(), reopening,
                text);
    }

    private Map<UUID, String> annotators(UUID projectId, List<String> chosen) {
        List<Member> members = memberships.members(projectId);
        Map<UUID, String> team = new LinkedHashMap<>();
        if (chosen == null || chosen.isEmpty()) {
            members.stream().filter(member -> member.role() == ProjectRole.ANNOTATOR && member.active())
                    .forEach(member -> team.put(member.userId(), member.username()));
            return team;
        }
        Map<String, Member> byName = new HashMap<>();
        members.forEach(member -> byName.put(member.username().toLowerCase(), member));
        List<String> strangers = new ArrayList<>();
        for (String name : chosen) {
            Member member = byName.get(name == null ? "" : name.toLowerCase());
            if (member == null) {
                strangers.add(name);
            } else {
                team.put(member.userId(), member.username());
            }
        }
        if (!strangers.isEmpty()) {
            throw InvalidInputException.of("annotators", Message.of("annotation.refusal.not-members",
                    strangers.toString()));
        }
        return team;
    }

    private static UUID member(Map<String, UUID> members, String username, String field) {
        UUID id = members.get(username == null ? "" : username.toLowerCase());
        if (id == null) {
            throw InvalidInputException.of(field, Message.of("annotation.refusal.not-a-member",
                    String.valueOf(username)));
        }
        return id;
    }

    private Map<String, Integer> shares(UUID projectId, Map<UUID, String> team) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        team.values().forEach(name -> shares.put(name, 0));
        jdbc.query("select annotator_id, count(*) from assignment where project_id = ? group by annotator_id", row -> {
            String name = team.get(row.getObject(1, UUID.class));
            if (name != null) {
                shares.put(name, row.getInt(2));
            }
        }, projectId);
        return shares;
    }
}
