package org.slant.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slant.platform.ForbiddenException;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.slant.team.Memberships;
import org.slant.team.ProjectAccess;
import org.slant.team.ProjectRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects and their corpus: stories, outlets and documents. */
@Service
@Transactional(readOnly = true)
public class CorpusService {

    /** Bind parameters per query stay well below PostgreSQL's limit of 32,767. */
    private static final int TEXTS_PER_QUERY = 1000;

    private final ProjectRepository projects;
    private final StoryRepository stories;
    private final OutletRepository outlets;
    private final DocumentRepository documents;
    private final ProjectAccess access;
    private final Memberships memberships;
    private final JdbcTemplate jdbc;

    CorpusService(ProjectRepository projects, StoryRepository stories, OutletRepository outlets,
            DocumentRepository documents, ProjectAccess access, Memberships memberships, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.stories = stories;
        this.outlets = outlets;
        this.documents = documents;
        this.access = access;
        this.memberships = memberships;
    }

    /** The projects the caller may see: all for admins, their own for everyone else. */
    public List<ProjectSummary> projects() {
        List<ProjectSummary> all = projects.findSummaries();
        if (access.isAdmin()) {
            return all;
        }
        Set<UUID> mine = new HashSet<>(access.memberProjects());
        return all.stream().filter(project -> mine.contains(project.id())).toList();
    }

    /** A project the caller may see; to others it does not exist. */
    public ProjectSummary project(UUID projectId) {
        ProjectSummary project = projects.findSummary(projectId)
                .orElseThrow(() -> new NotFoundException("Project", projectId));
        access.requireMember(projectId);
        return project;
    }

    /** Whether the caller may change the project (its managers and admins). */
    public boolean canChange(UUID projectId) {
        return access.isAdmin() || access.roleIn(projectId).filter(ProjectRole.MANAGER::equals).isPresent();
    }

    /** Whether the caller sees every annotator's work in the project (its managers and curators, and admins). */
    public boolean seesEveryonesWork(UUID projectId) {
        return access.seesEveryonesWork(projectId);
    }

    /** A project the caller may change: its managers' (and admins'); other members are refused. */
    public ProjectSummary projectToChange(UUID projectId) {
        ProjectSummary project = project(projectId);
        access.requireManager(projectId);
        return project;
    }

    /**
     * The project's schema changes in the current transaction: its schema version moves on when the transaction
     * commits, so every Slant instance on this database drops the layers it keeps for the project at its next save.
     * The row stays locked until then, so two schema changes of one project take turns.
     */
    @Transactional
    public void schemaChanging(UUID projectId) {
        jdbc.update("update project set schema_version = schema_version + 1 where id = ?", projectId);
    }

    public ProjectDetails projectDetails(UUID projectId) {
        ProjectDetails project = projects.findDetails(projectId)
                .orElseThrow(() -> new NotFoundException("Project", projectId));
        access.requireMember(projectId);
        return project;
    }

    /**
     * Whether this installation has, or has had, a project: a deleted demo project stays deleted. Plain SQL: the demo
     * project asks before the web server opens, and the repositories are built after.
     */
    public boolean hasHadProjects() {
        return jdbc.queryForObject("select exists (select 1 from project) or exists (select 1 from project_deletion)",
                Boolean.class);
    }

    /** One page of the project's documents in import order. */
    public Page<DocumentSummary> documents(UUID projectId, Pageable page) {
        return documents(projectId, DocumentFilter.ALL, page);
    }

    /**
     * One page of the project's documents that pass the filter, in import order. An annotator of an outlet-blind
     * project reads them blinded (see {@link #readableDocument}), and may not filter them by outlet or by words,
     * which would tell whose articles they are.
     */
    public Page<DocumentSummary> documents(UUID projectId, DocumentFilter filter, Pageable page) {
        requireProject(projectId);
        boolean blinded = outletBlinded(projectId);
        if (blinded && (filter.outletId() != null || filter.likePattern() != null)) {
            throw new ForbiddenException(Message.of("corpus.refusal.documents-outlet-blind"));
        }
        Page<DocumentSummary> found = documents.findSummaries(projectId, filter.storyId(), filter.outletId(),
                filter.likePattern(), filter.language(), page);
        return blinded ? found.map(CorpusService::blinded) : found;
    }

    /** The languages the project's documents are in, as tags, for a filter to choose from. */
    public List<String> languages(UUID projectId) {
        requireProject(projectId);
        return documents.findLanguages(projectId);
    }

    /**
     * A document as stored, with everything known about it, for the services' own use and for those who may see
     * everything; what a caller is shown is {@link #readableDocument}.
     */
    public DocumentDetails document(UUID documentId) {
        DocumentDetails document = documents.findDetails(documentId)
                .orElseThrow(() -> new NotFoundException("Document", documentId));
        if (!access.isAdmin() && access.roleIn(document.projectId()).isEmpty()) {
            throw new NotFoundException("Document", documentId);
        }
        return document;
    }

    /**
     * A document the caller may read, as {@link #document}, without its text (read it with {@link #readableText(
     * DocumentToAnnotate)}), with whether its project is outlet-blind: saving a span needs the text only when its
     * code point index is not kept, and the blinding only to mask the text.
     */
    public DocumentToAnnotate documentToAnnotate(UUID documentId) {
        // plain SQL: through JPA this query cost a save about a tenth of its CPU time (and the metadata's JSON)
        DocumentToAnnotate document = jdbc.query("select d.id, d.project_id, d.text_sha256, d.code_points, "
                + "p.outlet_blind, p.schema_version from document d join project p on p.id = d.project_id "
                + "where d.id = ?",
                (row, number) -> new DocumentToAnnotate(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), row.getInt(4), row.getBoolean(5), row.getLong(6)), documentId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("Document", documentId));
        if (!access.isAdmin() && access.roleIn(document.projectId()).isEmpty()) {
            throw new NotFoundException("Document", documentId);
        }
        return document;
    }

    /** Whether the caller reads this document blinded ({@link #outletBlinded(UUID)}), without asking the project. */
    public boolean outletBlinded(DocumentToAnnotate document) {
        return document.outletBlind() && !access.seesEveryonesWork(document.projectId());
    }

    /** The document's text as stored, or as the caller reads it when blinded, as {@link #readableText}. */
    public String readableText(DocumentToAnnotate document) {
        String text = documents.findText(document.id())
                .orElseThrow(() -> new NotFoundException("Document", document.id()));
        return outletBlinded(document) ? outletMask(document.projectId()).mask(text) : text;
    }

    /**
     * A document as the caller may read it. For an annotator of an outlet-blind project (decision 0021): "Article"
     * and its position for the title; no outlet, address, external id or metadata (they may name the outlet or its
     * author); the text with the outlets' names and a byline masked ({@link OutletMask}), as many code points long
     * as the stored text, so every offset into it is an offset into the stored text; and the SHA-256 of that text.
     * For everyone else, and in projects that are not outlet-blind, the document as stored.
     */
    public DocumentDetails readableDocument(UUID documentId) {
        DocumentDetails document = document(documentId);
        if (!outletBlinded(document.projectId())) {
            return document;
        }
        String text = outletMask(document.projectId()).mask(document.text());
        return new DocumentDetails(document.id(), document.projectId(), document.projectName(), document.position(),
                OutletMask.articleLabel(document.position()), null, null, document.storyId(), document.story(), null,
                document.published(), null, Map.of(), text, DocumentText.sha256(text), document.codePoints(),
                document.words(), document.language());
    }

    /** The document's text as the caller may read it (see {@link #readableDocument}): as many code points as stored. */
    public String readableText(DocumentDetails document) {
        return outletBlinded(document.projectId()) ? outletMask(document.projectId()).mask(document.text())
                : document.text();
    }

    /**
     * Whether the caller reads the project's documents blinded: the project is outlet-blind and the caller is one of
     * its annotators. Its managers and curators, and admins, see everything.
     */
    public boolean outletBlinded(UUID projectId) {
        return projects.findOutletBlind(projectId).orElse(false) && !access.seesEveryonesWork(projectId);
    }

    /** The mask of the project's texts: its outlets' names, as they are now, and a byline. */
    public OutletMask outletMask(UUID projectId) {
        return OutletMask.of(outlets.findByProjectIdOrderByName(projectId).stream().map(Outlet::getName).toList());
    }

    private static DocumentSummary blinded(DocumentSummary summary) {
        return new DocumentSummary(summary.id(), summary.position(), OutletMask.articleLabel(summary.position()), null,
                summary.story(), summary.words(), summary.published(), summary.language());
    }

    /** A story the caller may read (admins, its project's members); to others, as when there is none, a 404. */
    public Story story(UUID storyId) {
        Story story = stories.findById(storyId).orElseThrow(() -> new NotFoundException("Story", storyId));
        if (!access.sees(story.getProjectId())) {
            throw new NotFoundException("Story", storyId);
        }
        return story;
    }

    public List<Story> stories(UUID projectId) {
        requireProject(projectId);
        return stories.findByProjectIdOrderByTitle(projectId);
    }

    public List<Outlet> outlets(UUID projectId) {
        requireProject(projectId);
        return outlets.findByProjectIdOrderByName(projectId);
    }

    /** A project with the default settings (see {@link ProjectSettings#named}). */
    @Transactional
    public Project createProject(String name, String description) {
        return createProject(ProjectSettings.named(name, description));
    }

    /** Anyone signed in may start a project, and manages it. */
    @Transactional
    public Project createProject(ProjectSettings settings) {
        access.requireMayCreateProjects();
        settings.check();
        Project project = projects.saveAndFlush(new Project(settings));
        memberships.makeCreatorManager(project.getId());
        return project;
    }

    @Transactional
    public ProjectDetails updateProject(UUID projectId, ProjectSettings settings) {
        projectToChange(projectId);
        settings.check();
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        project.apply(settings);
        projects.flush();
        return projectDetails(projectId);
    }

    @Transactional
    public Story createStory(UUID projectId, String title, LocalDate eventDate, String description,
            List<String> mainEntities) {
        projectToChange(projectId);
        return stories.save(new Story(projectId, title, eventDate, description, mainEntities));
    }

    /**
     * Stores documents at the end of the project, creating the outlets and stories they name that the project does
     * not have yet.
     */
    @Transactional
    public List<Document> addDocuments(UUID projectId, List<NewDocument> newDocuments) {
        projectToChange(projectId);
        lockForNewDocuments(projectId);
        return store(projectId, newDocuments);
    }

    /**
     * Like {@link #addDocuments}, but leaves out the documents whose text the project already has (the same
     * SHA-256); returns those it stored.
     */
    @Transactional
    public List<Document> addNewDocuments(UUID projectId, List<NewDocument> newDocuments) {
        projectToChange(projectId);
        lockForNewDocuments(projectId);
        List<String> sha256s = newDocuments.stream().map(document -> DocumentText.sha256(document.text())).toList();
        Set<String> present = new HashSet<>();
        for (int from = 0; from < sha256s.size(); from += TEXTS_PER_QUERY) {
            present.addAll(documents.findTextSha256s(projectId,
                    sha256s.subList(from, Math.min(sha256s.size(), from + TEXTS_PER_QUERY))));
        }
        List<NewDocument> absent = new ArrayList<>(newDocuments.size());
        for (int i = 0; i < newDocuments.size(); i++) {
            if (!present.contains(sha256s.get(i))) {
                absent.add(newDocuments.get(i));
            }
        }
        return store(projectId, absent);
    }

    /**
     * Additions to one project's corpus take turns: two at once would take the same positions, and could both store
     * a text neither found there.
     */
    private void lockForNewDocuments(UUID projectId) {
        projects.lockById(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
    }

    /** Outlets and stories are looked up once for all documents; the documents go to the database in batches. */
    private List<Document> store(UUID projectId, List<NewDocument> newDocuments) {
        int position = documents.findLastPosition(projectId);
        Map<String, UUID> outletIds = outletIds(projectId, newDocuments);
        Map<String, UUID> storyIds = storyIds(projectId, newDocuments);
        List<Document> added = new ArrayList<>(newDocuments.size());
        for (NewDocument incoming : newDocuments) {
            Document document = new Document(projectId, ++position, incoming.title(), incoming.text());
            document.setOutletId(incoming.outlet() == null ? null : outletIds.get(incoming.outlet()));
            document.setStoryId(incoming.story() == null ? null : storyIds.get(incoming.story()));
            document.setUrl(incoming.url());
            document.setPublished(incoming.published());
            document.setExternalId(incoming.externalId());
            document.setMeta(incoming.meta());
            document.setLanguage(incoming.language());
            added.add(document);
        }
        return documents.saveAll(added);
    }

    /** The ids of the project's outlets by name, with those the documents name that it lacks created. */
    private Map<String, UUID> outletIds(UUID projectId, List<NewDocument> newDocuments) {
        Map<String, UUID> ids = new HashMap<>();
        outlets.findByProjectIdOrderByName(projectId).forEach(outlet -> ids.put(outlet.getName(), outlet.getId()));
        for (NewDocument incoming : newDocuments) {
            if (incoming.outlet() != null && !ids.containsKey(incoming.outlet())) {
                ids.put(incoming.outlet(), outlets.save(new Outlet(projectId, incoming.outlet())).getId());
            }
        }
        // documents refer to outlets by id only, so Hibernate would not know to insert the outlets first
        outlets.flush();
        return ids;
    }

    /** The ids of the project's stories by title, with those the documents name that it lacks created. */
    private Map<String, UUID> storyIds(UUID projectId, List<NewDocument> newDocuments) {
        Map<String, UUID> ids = new HashMap<>();
        stories.findByProjectIdOrderByTitle(projectId).forEach(story -> ids.put(story.getTitle(), story.getId()));
        for (NewDocument incoming : newDocuments) {
            if (incoming.story() != null && !ids.containsKey(incoming.story())) {
                ids.put(incoming.story(),
                        stories.save(new Story(projectId, incoming.story(), null, "", List.of())).getId());
            }
        }
        stories.flush();
        return ids;
    }

    /** A project the caller may read; to others it does not exist. */
    private void requireProject(UUID projectId) {
        if (!projects.existsById(projectId)) {
            throw new NotFoundException("Project", projectId);
        }
        access.requireMember(projectId);
    }
}
