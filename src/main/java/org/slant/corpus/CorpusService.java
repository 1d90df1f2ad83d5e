package org.slant.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects and their corpus: stories, outlets and documents. */
@Service
@Transactional(readOnly = true)
public class CorpusService {

    private final ProjectRepository projects;
    private final StoryRepository stories;
    private final OutletRepository outlets;
    private final DocumentRepository documents;

    CorpusService(ProjectRepository projects, StoryRepository stories, OutletRepository outlets,
            DocumentRepository documents) {
        this.projects = projects;
        this.stories = stories;
        this.outlets = outlets;
        this.documents = documents;
    }

    public List<ProjectSummary> projects() {
        return projects.findSummaries();
    }

    public ProjectSummary project(UUID projectId) {
        return projects.findSummary(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
    }

    public ProjectDetails projectDetails(UUID projectId) {
        return projects.findDetails(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
    }

    public boolean hasProjects() {
        return projects.count() > 0;
    }

    /** One page of the project's documents in import order. */
    public Page<DocumentSummary> documents(UUID projectId, Pageable page) {
        requireProject(projectId);
        return documents.findSummaries(projectId, page);
    }

    public DocumentDetails document(UUID documentId) {
        return documents.findDetails(documentId).orElseThrow(() -> new NotFoundException("Document", documentId));
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

    @Transactional
    public Project createProject(ProjectSettings settings) {
        settings.check();
        return projects.save(new Project(settings));
    }

    @Transactional
    public ProjectDetails updateProject(UUID projectId, ProjectSettings settings) {
        settings.check();
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        project.apply(settings);
        projects.flush();
        return projectDetails(projectId);
    }

    @Transactional
    public Story createStory(UUID projectId, String title, LocalDate eventDate, String description,
            List<String> mainEntities) {
        requireProject(projectId);
        return stories.save(new Story(projectId, title, eventDate, description, mainEntities));
    }

    /**
     * Stores documents at the end of the project, creating the outlets and stories they name that the project does
     * not have yet.
     */
    @Transactional
    public List<Document> addDocuments(UUID projectId, List<NewDocument> newDocuments) {
        requireProject(projectId);
        int position = documents.findLastPosition(projectId);
        List<Document> added = new ArrayList<>(newDocuments.size());
        for (NewDocument incoming : newDocuments) {
            Document document = new Document(projectId, ++position, incoming.title(), incoming.text());
            if (incoming.outlet() != null) {
                document.setOutletId(outletNamed(projectId, incoming.outlet()).getId());
            }
            if (incoming.story() != null) {
                document.setStoryId(storyTitled(projectId, incoming.story()).getId());
            }
            document.setUrl(incoming.url());
            document.setPublished(incoming.published());
            document.setExternalId(incoming.externalId());
            document.setMeta(incoming.meta());
            added.add(documents.save(document));
        }
        return added;
    }

    private Outlet outletNamed(UUID projectId, String name) {
        return outlets.findByProjectIdAndName(projectId, name)
                .orElseGet(() -> outlets.saveAndFlush(new Outlet(projectId, name)));
    }

    private Story storyTitled(UUID projectId, String title) {
        return stories.findByProjectIdAndTitle(projectId, title)
                .orElseGet(() -> stories.saveAndFlush(new Story(projectId, title, null, "", List.of())));
    }

    private void requireProject(UUID projectId) {
        if (!projects.existsById(projectId)) {
            throw new NotFoundException("Project", projectId);
        }
    }
}
