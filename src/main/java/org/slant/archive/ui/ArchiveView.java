package org.slant.archive.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.slant.archive.ExportedArchive;
import org.slant.archive.ProjectArchiveExport;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.ui.ProjectTabs;

/** Backing up or moving a study: the whole project as one file. */
@Route("projects/:projectId/archive")
@PermitAll
public class ArchiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final ProjectArchiveExport export;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.ARCHIVE);
    final Anchor download = new Anchor();
    private ProjectSummary project;

    public ArchiveView(CorpusService corpus, ProjectArchiveExport export) {
        this.corpus = corpus;
        this.export = export;
        addClassName("slant-page");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("archive.view.download")));
        download.getElement().setAttribute("download", true);
        download.addClassName("slant-download");
        Paragraph what = new Paragraph(getTranslation("archive.view.what"));
        what.addClassName("slant-markdown");
        add(header, new H3(getTranslation("archive.view.heading")), what, download);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the whole project, everyone's work included: its managers' (others get the refusal page)
        project = ProjectRoute.projectToChange(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        UUID projectId = project.id();
        download.setHref((DownloadHandler) download -> {
            // written whole first: no database transaction stays open while the browser downloads
            try (ExportedArchive archive = export.write(projectId)) {
                download.setFileName(archive.fileName());
                download.setContentType("application/zip");
                download.setContentLength(archive.size());
                archive.sendTo(download.getOutputStream());
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.view.page-title", project == null ? getTranslation("archive.view.project")
                : project.name());
    }
}
