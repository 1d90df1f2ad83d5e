package org.slant.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.archive.ProjectArchiveExport;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectDeletion;
import org.slant.curation.GoldService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.StoryDraft;
import org.slant.corpus.StoryService;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every role against every endpoint of the REST API: a system admin who is no member, the project's manager,
 * curator and annotator, a user of another project, and no one. Allowed calls answer 2xx; refused ones answer
 * 401, 403 or 404 and leave the project's rows exactly as they were.
 */
@SlantSpringTest
class AuthorizationMatrixTest {

    enum Caller { ADMIN, MANAGER, CURATOR, ANNOTATOR, OUTSIDER, ANONYMOUS }

    private static final int OK = 200;
    private static final String PASSWORD = "matrix-password";
    /** A quotation: the suggestions Content "We will talk again", Source "Stoltenberg" and Cue "said". */
    private static final String QUOTED = "\"We will talk again,\" Stoltenberg said.";

    @LocalServerPort
    int port;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;
    @Autowired
    CorpusService corpus;
    @Autowired
    StoryService stories;
    @Autowired
    SchemaService schema;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectDeletion deletion;
    @Autowired
    ProjectArchiveExport archives;
    @Autowired
    GoldService goldService;
    @Autowired
    WorkQueue workQueue;

    final Map<Caller, String> usernames = new EnumMap<>(Caller.class);
    UUID projectId;
    UUID documentId;
    UUID layerId;
    UUID labelId;
    UUID annotatorsSpan;
    UUID goldDocument;
    UUID storyId;
    UUID quotedDocument;
    LayerSchema attribution;
    int goldOffset = 0;
    final List<String> findings = new ArrayList<>();

    @BeforeEach
    void aProjectWithATeam() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (Caller caller : List.of(Caller.MANAGER, Caller.CURATOR, Caller.ANNOTATOR, Caller.OUTSIDER)) {
            String name = caller.name().toLowerCase() + "-" + suffix;
            // a plain-text hash: bcrypt would cost 80 ms on each of the matrix's requests
            users.save(new User(name, caller.name(), "{noop}" + PASSWORD, SystemRole.USER));
            usernames.put(caller, name);
        }
        usernames.put(Caller.ADMIN, "admin");
        signIn(Caller.MANAGER);
        projectId = corpus.createProject("Matrix " + suffix, "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        LayerSchema frame = schema.layers(projectId).getFirst();
        layerId = frame.id();
        labelId = frame.labels().getFirst().id();
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", "NATO and Russia talked.",
                null, null, null, null, null, Map.of()))).getFirst().getId();
        goldDocument = corpus.addDocuments(projectId, List.of(new NewDocument("Gold", "x".repeat(200), null, null,
                null, null, null, Map.of()))).getFirst().getId();
        storyId = stories.create(projectId, new StoryDraft("Talks", null, "", List.of())).id();
        stories.assign(projectId, List.of(documentId), storyId);
        attribution = schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow()).layers()
                .getFirst();
        quotedDocument = corpus.addDocuments(projectId, List.of(new NewDocument("Quoted", QUOTED, null, null, null,
                null, null, Map.of()))).getFirst().getId();
        memberships.add(projectId, usernames.get(Caller.CURATOR), ProjectRole.CURATOR);
        memberships.add(projectId, usernames.get(Caller.ANNOTATOR), ProjectRole.ANNOTATOR);
        signIn(Caller.OUTSIDER);
        corpus.createProject("Elsewhere " + suffix, "");
        signIn(Caller.ANNOTATOR);
        annotatorsSpan = annotations.createSpan(documentId, null, new SpanDraft(layerId, labelId, 0, 4, Map.of()))
                .annotation().id();
        signIn(Caller.MANAGER);
    }

    @Test
    void everyRoleAgainstEveryEndpoint() {
        String p = "/api/v1/projects/" + projectId;
        Expect readers = expect(OK, OK, OK, OK, 404);
        Expect managers = expect(OK, OK, 403, 403, 404);
        Expect everyone = expect(OK, OK, OK, OK, OK);
        Expect admins = expect(OK, 403, 403, 403, 403);
        Expect everyonesWork = expect(OK, OK, OK, 403, 404);

        check("GET", () -> "/api/v1/projects", null, everyone);
        check("POST", () -> "/api/v1/projects", () -> "{\"name\":\"Own " + UUID.randomUUID() + "\"}", everyone);
        check("GET", () -> p, null, readers);
        check("PUT", () -> p, () -> "{\"description\":\"\"}", managers);
        check("DELETE", () -> "/api/v1/projects/" + newProject() + "?confirm=true", null, managers);
        // the admin adds the preset first; the manager's second try is refused as a duplicate
        check("POST", () -> p + "/presets", () -> "{\"preset\":\"tone\"}", managers.except(Caller.MANAGER, 400));
        check("GET", () -> p + "/documents", null, readers);
        check("POST JSONL", () -> p + "/documents", () -> "{\"text\":\"A new text " + UUID.randomUUID() + "\"}",
                managers);
        // Slant's own jsonl with the annotators' work: managers and admins only
        check("POST JSONL", () -> p + "/annotations/import", this::annotatedLine, managers);
        check("POST FORM JSONL", () -> p + "/annotations/import", this::annotatedLine, managers);
        check("GET", () -> "/api/v1/documents/" + documentId, null, readers);
        check("GET", () -> p + "/layers", null, readers);
        check("POST", () -> p + "/layers", () -> "{\"name\":\"Layer " + UUID.randomUUID()
                + "\",\"kind\":\"SPAN\"}", managers);
        check("PUT", () -> "/api/v1/layers/" + layerId, () -> "{\"name\":\"Frame\",\"kind\":\"SPAN\","
                + "\"overlapAllowed\":true}", managers);
        check("DELETE", () -> "/api/v1/layers/" + newLayer(), null, managers);
        check("POST", () -> "/api/v1/layers/" + layerId + "/labels", () -> "{\"name\":\"Label "
                + UUID.randomUUID() + "\",\"colour\":\"#336699\"}", managers);
        check("GET", () -> p + "/stories", null, readers);
        check("POST", () -> p + "/stories", () -> "{\"title\":\"Story " + UUID.randomUUID() + "\"}", managers);
        check("PUT", () -> "/api/v1/stories/" + newStory(), () -> "{\"title\":\"Retitled " + UUID.randomUUID()
                + "\"}", managers);
        check("DELETE", () -> "/api/v1/stories/" + newStory(), null, managers);
        check("GET", () -> "/api/v1/stories/" + newStory() + "/passages", null, readers);
        check("GET", () -> "/api/v1/stories/" + newStory() + "/consistency", null, readers);
        check("GET", () -> "/api/v1/stories/" + newStory() + "/consistency?source=gold", null, everyonesWork);
        check("GET", () -> p + "/outlets", null, readers);
        check("POST", () -> p + "/outlets", () -> "{\"name\":\"Outlet " + UUID.randomUUID() + "\"}", managers);
        check("GET", () -> p + "/members", null, readers);
        check("POST", () -> p + "/members", () -> "{\"username\":\"" + newUser() + "\",\"role\":\"ANNOTATOR\"}",
                managers);
        check("GET", () -> p + "/queue", null, readers);
        check("POST", () -> "/api/v1/documents/" + documentId + "/open", null, readers);
        check("GET", () -> "/api/v1/documents/" + documentId + "/annotations", null, readers);
        check("GET", () -> "/api/v1/documents/" + documentId + "/annotations?annotator="
                + usernames.get(Caller.ANNOTATOR), null, expect(OK, OK, OK, OK, 404));
        check("GET", () -> "/api/v1/documents/" + documentId + "/annotations?annotator="
                + usernames.get(Caller.CURATOR), null, expect(OK, OK, OK, 403, 404));
        check("POST", () -> "/api/v1/documents/" + documentId + "/annotations", () -> "{\"layer\":\"" + layerId
                + "\",\"label\":\"" + labelId + "\",\"start\":5,\"end\":8}", readers);
        check("PUT", () -> "/api/v1/annotations/" + annotatorsSpan, () -> "{\"version\":0,\"start\":1}",
                expect(404, 404, 404, OK, 404));
        // bulk saves: each member their own work, one document or several; another's span is not theirs to change
        check("POST", () -> "/api/v1/documents/" + documentId + "/annotations/bulk", () -> "{\"create\":[{\"layer\":\""
                + layerId + "\",\"label\":\"" + labelId + "\",\"start\":17,\"end\":22}]}", readers);
        check("POST", () -> "/api/v1/documents/" + documentId + "/annotations/bulk", () -> "{\"update\":[{\"id\":\""
                + annotatorsSpan + "\",\"version\":1,\"start\":1}]}", expect(400, 400, 400, OK, 404));
        check("POST", () -> "/api/v1/annotations/bulk", () -> "{\"documents\":[{\"documentId\":\"" + documentId
                + "\",\"create\":[{\"layer\":\"" + layerId + "\",\"label\":\"" + labelId
                + "\",\"start\":9,\"end\":12}]}]}", readers);
        // suggestions: each caller's own, decided by each for themselves; the counts for managers
        String suggestions = "/api/v1/documents/" + quotedDocument + "/suggestions";
        check("GET", () -> suggestions, null, readers);
        check("POST", () -> suggestions + "/accept", () -> suggestion("Content", "We will talk again"), readers);
        check("POST", () -> suggestions + "/reject", () -> suggestion("Cue", "said"), readers);
        check("GET", () -> p + "/suggestions/decisions", null, managers);
        check("DELETE", () -> p + "/pre-annotations?source=model", null, managers);
        check("GET", () -> p + "/archive", null, managers);
        check("GET", () -> p + "/agreement", null, everyonesWork);
        check("GET", () -> p + "/agreement?format=csv&measure=F1_EXACT", null, everyonesWork);
        check("GET", () -> p + "/agreement?includeGold=true", null, everyonesWork);
        // exports: everyone's work for managers, curators and admins; an annotator of this blind project only their own
        check("GET", () -> p + "/export?format=jsonl", null, everyonesWork);
        check("GET", () -> p + "/export?format=spans-csv&raw=true&done=false&annotator="
                + usernames.get(Caller.ANNOTATOR), null, readers);
        check("GET", () -> p + "/export?format=jsonl&source=majority&annotator=" + usernames.get(Caller.ANNOTATOR),
                null, everyonesWork);
        check("GET", () -> "/api/v1/users/me", null, everyone);
        check("GET", () -> "/api/v1/users/me/tokens", null, everyone);
        check("GET", () -> "/api/v1/users/me/profile", null, everyone);
        check("GET", () -> p + "/members/" + users.findByUsername(usernames.get(Caller.ANNOTATOR)).orElseThrow()
                .getId() + "/profile", null, managers);
        check("POST", () -> "/api/v1/users/me/tokens", () -> "{\"name\":\"script\"}", everyone);
        String gold = "/api/v1/documents/" + documentId + "/gold";
        check("GET", () -> gold, null, everyonesWork);
        check("POST", () -> "/api/v1/documents/" + goldDocument + "/gold", () -> "{\"id\":\"" + UUID.randomUUID() + "\",\"layer\":\"" + layerId
                + "\",\"label\":\"" + labelId + "\",\"start\":" + nextGoldOffset() + ",\"end\":"
                + (goldOffset + 1) + "}", everyonesWork);
        check("POST", () -> gold + "/accept", () -> "{\"annotationId\":\"" + annotatorsSpan + "\"}",
                everyonesWork);
        check("POST", () -> gold + "/accept-all", () -> "{\"annotator\":\"" + usernames.get(Caller.ANNOTATOR)
                + "\"}", everyonesWork);
        check("PUT", () -> "/api/v1/gold/" + newGold(), () -> "{\"version\":0,\"end\":" + (goldOffset + 2) + "}",
                everyonesWork);
        check("DELETE", () -> "/api/v1/gold/" + newGold() + "?version=0", null, everyonesWork);
        check("GET", () -> gold + "/history", null, everyonesWork);
        check("POST", () -> gold + "/status", () -> "{\"status\":\"CURATED\"}", everyonesWork);
        // gold, once a document is curated: for those who curate, never for annotators
        check("GET", () -> p + "/export?format=jsonl&source=gold", null, everyonesWork);
        check("GET", () -> p + "/export?format=spans-csv&raw=true&source=gold&gold=any", null, everyonesWork);
        check("POST", () -> gold + "/reopen", null, everyonesWork);
        // quality against gold: everyone's for managers, curators and admins; an annotator only their own
        check("GET", () -> p + "/curation/quality", null, readers);
        check("GET", () -> p + "/curation/quality?layer=Frame&annotator=" + usernames.get(Caller.ANNOTATOR), null,
                readers);
        check("GET", () -> p + "/curation/quality?annotator=" + usernames.get(Caller.CURATOR), null,
                expect(OK, OK, OK, 403, 404));
        // a story's sources compared: everyone's work and gold for managers, curators and admins; an annotator their own
        String sources = "/api/v1/stories/" + storyId + "/sources";
        check("GET", () -> sources, null, everyonesWork);
        check("GET", () -> sources + "?annotator=" + usernames.get(Caller.ANNOTATOR), null, readers);
        check("GET", () -> sources + "?annotator=" + usernames.get(Caller.CURATOR), null,
                expect(OK, OK, OK, 403, 404));
        check("GET", () -> sources + "?source=gold", null, everyonesWork);
        check("GET", () -> sources + ".csv", null, everyonesWork);
        check("GET", () -> sources + ".csv?annotator=" + usernames.get(Caller.ANNOTATOR), null, readers);
        check("GET", () -> p + "/curation/queue", null, everyonesWork);
        check("GET", () -> p + "/curation/queue?order=position&status=NOT_STARTED&size=10", null, everyonesWork);
        check("POST", () -> p + "/curation/curate-unanimous", () -> "{\"documents\":[\"" + documentId + "\"]}",
                everyonesWork);
        // each caller finds the annotator's work done, and those allowed send it back
        check("POST", () -> "/api/v1/documents/" + documentId + "/curation/send-back", () -> {
            ActingAs.user(usernames.get(Caller.ANNOTATOR), () -> workQueue.markDone(documentId, true));
            return "{\"annotator\":\"" + usernames.get(Caller.ANNOTATOR) + "\",\"note\":\"Look again\"}";
        }, everyonesWork);
        check("POST", () -> p + "/curation/merge", () -> "{\"strategy\":\"MAJORITY\"}", everyonesWork);
        check("POST", () -> p + "/assignments", () -> "{\"k\":1}", managers.except(Caller.MANAGER, 200));
        check("POST", () -> "/api/v1/documents/" + documentId + "/reassign", () -> "{\"from\":\""
                + usernames.get(Caller.ANNOTATOR) + "\",\"to\":\"" + usernames.get(Caller.CURATOR) + "\"}",
                expect(400, 400, 403, 403, 404));
        // anyone signed in may import an archive as a new project; only an admin's import creates accounts; a
        // project already here is refused to all. Each attempt imports into an installation without the project.
        Archives archived = archives();
        String archive = "/api/v1/projects/archive";
        check("POST ZIP", () -> archive, archived::fresh, everyone);
        check("POST FORM ZIP", () -> archive, archived::fresh, everyone);
        check("POST ZIP", () -> archive, archived::namingSomeoneNotHere, expect(OK, 400, 400, 400, 400));
        check("POST FORM ZIP", () -> archive, archived::namingSomeoneNotHere, expect(OK, 400, 400, 400, 400));
        check("POST ZIP", () -> archive, archived::ofThisProject, expect(409, 409, 409, 409, 409));
        check("GET", () -> "/api/v1/users", null, admins);
        check("POST", () -> "/api/v1/users", () -> "{\"username\":\"new-" + UUID.randomUUID().toString()
                .substring(0, 8) + "\",\"password\":\"a long password\"}", admins);

        assertThat(findings).isEmpty();
    }

    @Test
    void aUserOfAnotherProjectDoesNotSeeThisOneInTheList() {
        Response list = client(Caller.OUTSIDER).get("/api/v1/projects");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(project -> project.get("id").asString()))
                .doesNotContain(projectId.toString()).isNotEmpty();
        assertThat(client(Caller.ANNOTATOR).get("/api/v1/projects").json().valueStream()
                .map(project -> project.get("id").asString())).containsExactly(projectId.toString());
    }

    /** A line of Slant's jsonl export with a new text and the annotator's span on it, by names. */
    private String annotatedLine() {
        LayerSchema frame = schema.layers(projectId).stream().filter(layer -> layer.id().equals(layerId))
                .findFirst().orElseThrow();
        return "{\"text\":\"Imported " + UUID.randomUUID() + "\",\"annotations\":[{\"annotator\":\""
                + usernames.get(Caller.ANNOTATOR) + "\",\"status\":\"DONE\",\"spans\":[{\"layer\":\""
                + frame.name() + "\",\"label\":\"" + frame.labels().getFirst().name()
                + "\",\"start\":0,\"end\":8,\"text\":\"Imported\",\"attributes\":{}}],\"answers\":[]}]}";
    }

    /** One request as every caller; anonymous callers always get 401. */
    private void check(String method, Supplier<String> path, Supplier<?> body, Expect expected) {
        for (Caller caller : Caller.values()) {
            int wanted = caller == Caller.ANONYMOUS ? 401 : expected.of(caller);
            String url = path.get();
            Object content = body == null ? null : body.get();
            String before = fingerprint();
            Response response = send(client(caller), method, url, content);
            boolean allowed = response.status() >= 200 && response.status() < 300;
            if (wanted == OK ? !allowed : response.status() != wanted) {
                findings.add(caller + " " + method + " " + url + ": " + response.status() + ", expected "
                        + (wanted == OK ? "2xx" : wanted) + " " + response.body());
            }
            if (!allowed && !before.equals(fingerprint())) {
                findings.add(caller + " " + method + " " + url + " was refused but changed the project");
            }
        }
    }

    private static Response send(ApiClient client, String method, String path, Object body) {
        return switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.post(path, body == null ? "{}" : (String) body);
            case "POST JSONL" -> client.post(path, "application/x-ndjson", BodyPublishers.ofString((String) body));
            case "POST ZIP" -> client.post(path, "application/zip", BodyPublishers.ofByteArray((byte[]) body));
            case "POST FORM ZIP" -> client.postFiles(path, "file", List.of(new FilePart("study.slant.zip",
                    (byte[]) body)));
            case "POST FORM JSONL" -> client.postFiles(path, "file", List.of(new FilePart("documents.jsonl",
                    ((String) body).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            case "PUT" -> client.put(path, (String) body);
            case "DELETE" -> client.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }

    private ApiClient client(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> ApiClient.anonymous(port);
            case ADMIN -> ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
            default -> ApiClient.basic(port, usernames.get(caller), PASSWORD);
        };
    }

    /** Everything a refused call must not change: the project's rows in every table that holds them. */
    private String fingerprint() {
        return jdbc.queryForObject("""
                select md5(concat_ws('|',
                  (select row(p.*)::text from project p where p.id = ?),
                  (select string_agg(row(l.*)::text, ',' order by l.id) from layer l where l.project_id = ?),
                  (select string_agg(row(b.*)::text, ',' order by b.id) from label b
                     join layer l on l.id = b.layer_id where l.project_id = ?),
                  (select string_agg(row(s.*)::text, ',' order by s.id) from story s where s.project_id = ?),
                  (select string_agg(row(o.*)::text, ',' order by o.id) from outlet o where o.project_id = ?),
                  (select string_agg(row(d.*)::text, ',' order by d.id) from document d where d.project_id = ?),
                  (select string_agg(row(m.*)::text, ',' order by m.id) from membership m where m.project_id = ?),
                  (select string_agg(row(a.*)::text, ',' order by a.id) from span_annotation a
                     join document d on d.id = a.document_id where d.project_id = ?),
                  (select string_agg(row(g.*)::text, ',' order by g.id) from gold_span g
                     join document d on d.id = g.document_id where d.project_id = ?),
                  (select string_agg(row(c.*)::text, ',' order by c.document_id) from curation c
                     where c.project_id = ?),
                  (select string_agg(row(a.*)::text, ',' order by a.id) from assignment a where a.project_id = ?),
                  (select string_agg(row(b.*)::text, ',' order by b.id) from send_back b where b.project_id = ?),
                  (select string_agg(row(s.*)::text, ',' order by s.id) from suggestion_decision s
                     where s.project_id = ?),
                  (select string_agg(row(p.*)::text, ',' order by p.id) from pre_annotation p
                     where p.project_id = ?),
                  (select count(*)::text from app_user),
                  (select count(*)::text from project),
                  (select count(*)::text from membership)))
                """, String.class, projectId, projectId, projectId, projectId, projectId, projectId, projectId,
                projectId, projectId, projectId, projectId, projectId, projectId, projectId);
    }

    /**
     * Archives of a project made for the purpose (a document, a span, a team), whose rows are then removed: as if
     * brought from another installation. One names only accounts that are here; another also a member whose account
     * is then deleted. Each body removes what the previous caller's import brought, so every attempt is a first.
     */
    private Archives archives() {
        String ghost = newUser();
        signIn(Caller.MANAGER);
        UUID source = corpus.createProject("Archived " + UUID.randomUUID(), "").getId();
        memberships.add(source, usernames.get(Caller.ANNOTATOR), ProjectRole.ANNOTATOR);
        LayerSchema frame = schema.addPreset(source, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow())
                .layers().getFirst();
        UUID document = corpus.addDocuments(source, List.of(new NewDocument("Archived", "Talks went on.", null,
                null, null, null, null, Map.of()))).getFirst().getId();
        signIn(Caller.ANNOTATOR);
        annotations.createSpan(document, null, new SpanDraft(frame.id(), frame.labels().getFirst().id(), 0, 5,
                Map.of()));
        signIn(Caller.MANAGER);
        byte[] known = archive(source);
        memberships.add(source, ghost, ProjectRole.ANNOTATOR);
        byte[] withGhost = archive(source);
        byte[] thisProject = archive(projectId);
        Runnable forget = () -> {
            if (jdbc.queryForObject("select exists (select 1 from project where id = ?)", Boolean.class, source)) {
                var signedIn = SecurityContextHolder.getContext().getAuthentication();
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                        .authenticated("admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
                deletion.delete(source, true);
                SecurityContextHolder.getContext().setAuthentication(signedIn);
            }
            jdbc.update("delete from app_user where username = ?", ghost);
        };
        forget.run();
        return new Archives(known, withGhost, thisProject, forget);
    }

    private byte[] archive(UUID project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            archives.export(project, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The bodies of the archive imports; each one first removes what an earlier import stored. */
    record Archives(byte[] known, byte[] withGhost, byte[] thisProject, Runnable forget) {

        byte[] fresh() {
            forget.run();
            return known;
        }

        byte[] namingSomeoneNotHere() {
            forget.run();
            return withGhost;
        }

        byte[] ofThisProject() {
            return thisProject;
        }
    }

    /** An accept's or reject's body: the quotes rule's suggestion of the label over these words of QUOTED. */
    private String suggestion(String label, String words) {
        UUID labelId = attribution.labels().stream().filter(candidate -> candidate.name().equals(label)).findFirst()
                .orElseThrow().id();
        int start = QUOTED.indexOf(words);
        return "{\"source\":\"quotes\",\"layer\":\"" + attribution.id() + "\",\"label\":\"" + labelId
                + "\",\"start\":" + start + ",\"end\":" + (start + words.length()) + "}";
    }

    /** A gold span of its own (one code point, after the previous one), made by the manager. */
    private UUID newGold() {
        int start = nextGoldOffset();
        return ActingAs.user(usernames.get(Caller.MANAGER), () -> goldService.createSpan(goldDocument, null,
                new SpanDraft(layerId, labelId, start, start + 1, Map.of())).annotation().id());
    }

    /** Gold spans of the matrix each take a code point of their own: the layer forbids overlaps. */
    private int nextGoldOffset() {
        goldOffset += 2;
        return goldOffset;
    }

    private String newUser() {
        String name = "joining-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(name, "Joining", "{noop}" + PASSWORD, SystemRole.USER));
        return name;
    }

    private UUID newStory() {
        signIn(Caller.MANAGER);
        return stories.create(projectId, new StoryDraft("Story " + UUID.randomUUID(), null, "", List.of())).id();
    }

    /** A project of the same team: the manager manages it, the curator and annotator are members. */
    private UUID newProject() {
        signIn(Caller.MANAGER);
        UUID project = corpus.createProject("Doomed " + UUID.randomUUID(), "").getId();
        memberships.add(project, usernames.get(Caller.CURATOR), ProjectRole.CURATOR);
        memberships.add(project, usernames.get(Caller.ANNOTATOR), ProjectRole.ANNOTATOR);
        return project;
    }

    private UUID newLayer() {
        signIn(Caller.MANAGER);
        return editor.addLayer(projectId, new LayerDraft("Layer " + UUID.randomUUID(), LayerKind.SPAN, true, false,
                "")).id();
    }

    private void signIn(Caller caller) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                usernames.get(caller), null, List.of()));
    }

    private static Expect expect(int admin, int manager, int curator, int annotator, int outsider) {
        Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
        statuses.put(Caller.ADMIN, admin);
        statuses.put(Caller.MANAGER, manager);
        statuses.put(Caller.CURATOR, curator);
        statuses.put(Caller.ANNOTATOR, annotator);
        statuses.put(Caller.OUTSIDER, outsider);
        return new Expect(statuses);
    }

    /** The status each caller should get: OK for any 2xx. */
    record Expect(Map<Caller, Integer> statuses) {

        int of(Caller caller) {
            return statuses.get(caller);
        }

        Expect except(Caller caller, int status) {
            Map<Caller, Integer> changed = new EnumMap<>(statuses);
            changed.put(caller, status);
            return new Expect(changed);
        }
    }
}
