package org.slant.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import java.util.UUID;

/**
 * The header of every page of a project: its name and links to its parts. Links are paths, not view classes, so that
 * features need not know each other's views.
 */
public class ProjectTabs extends Div {

    public enum Tab {
        DOCUMENTS(""),
        MY_WORK("/work"),
        PROGRESS("/progress", Audience.MANAGERS),
        AGREEMENT("/agreement", Audience.EVERYONES_WORK),
        CURATION("/curation", Audience.EVERYONES_WORK),
        QUALITY("/quality"),
        SUGGESTIONS("/suggestions", Audience.EVERYONES_WORK),
        EXPORT("/export"),
        SCHEMA("/schema"),
        STORIES("/stories"),
        TEAM("/team"),
        ASSIGNMENT("/assignment", Audience.MANAGERS),
        SETTINGS("/settings", Audience.MANAGERS),
        ARCHIVE("/archive", Audience.MANAGERS);

        final String path;
        final Audience audience;

        Tab(String path) {
            this(path, Audience.EVERYONE);
        }

        Tab(String path, Audience audience) {
            this.path = path;
            this.audience = audience;
        }
    }

    /** Who a tab is for: every member, those who see everyone's work (managers, curators), or managers. */
    public enum Audience {
        EVERYONE, EVERYONES_WORK, MANAGERS
    }

    private final H2 name = new H2();
    private final Nav links = new Nav();

    public ProjectTabs(Tab current) {
        addClassName("slant-project-header");
        links.addClassName("slant-project-tabs");
        for (Tab tab : Tab.values()) {
            Anchor link = new Anchor("#", getTranslation("platform.tabs." + tab.name().toLowerCase()));
            link.getElement().setAttribute("router-link", true);
            link.getElement().setProperty("tabIndex", 0);
            link.getElement().setAttribute("data-tab", tab.name().toLowerCase());
            if (tab == current) {
                link.addClassName("current");
                link.getElement().setAttribute("aria-current", "page");
            }
            links.add(link);
        }
        add(name, links);
    }

    /**
     * Fills in the project, with the managers' own tabs only for those who may use them, and the tabs on everyone's
     * work (agreement, curation) for managers and curators.
     */
    public void show(UUID projectId, String projectName, boolean managing, boolean seesEveryonesWork) {
        show(projectId, projectName);
        links.getChildren().forEach(child -> {
            Tab tab = Tab.valueOf(child.getElement().getAttribute("data-tab").toUpperCase());
            child.setVisible(switch (tab.audience) {
                case EVERYONE -> true;
                case EVERYONES_WORK -> managing || seesEveryonesWork;
                case MANAGERS -> managing;
            });
        });
    }

    /** Fills in the project: its name and where the links go. */
    public void show(UUID projectId, String projectName) {
        name.setText(projectName);
        links.getChildren().forEach(child -> {
            Tab tab = Tab.valueOf(child.getElement().getAttribute("data-tab").toUpperCase());
            ((Anchor) child).setHref("projects/" + projectId + tab.path);
        });
    }
}
