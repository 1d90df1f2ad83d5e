package org.slant.curation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slant.annotation.CodePointText;
import org.slant.annotation.ui.ArticleEditorView;
import org.slant.annotation.ui.AttributeForm;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.DocumentLanguage;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.ui.DocumentRoute;
import org.slant.curation.CurationLanes;
import org.slant.curation.CurationLanes.Lane;
import org.slant.curation.CurationStatus;
import org.slant.curation.DocumentGold;
import org.slant.curation.GoldService;
import org.slant.curation.GoldSpan;
import org.slant.platform.ForbiddenException;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a curator settles one article's gold: gold in the text (edited as annotators edit their own spans), each
 * annotator's spans of the chosen layer in a lane below, units where they agree or not marked in colour, the answers
 * about the whole article side by side, and the document marked curated when done. For curators and managers.
 */
@Route("documents/:documentId/curate")
@PermitAll
@StyleSheet("styles/curation.css")
public class CurationView extends ArticleEditorView implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final SchemaService schema;
    private final GoldService gold;
    private final CurationLanes lanes;
    final GoldCurator curator;
    private final Anchor back = new Anchor();
    final Button history = new Button("History", VaadinIcon.CLOCK.create());
    final Button curated = new Button("Mark curated", VaadinIcon.CHECK.create());
    final Button reopen = new Button("Reopen to change", VaadinIcon.EDIT.create());
    final Button next = new Button("Next to curate", VaadinIcon.ANGLE_RIGHT.create());
    GoldAnswers answers;
    AttributeForm spanForm;
    private DocumentDetails document;
    private List<LayerSchema> layers = List.of();
    private CurationStatus state = CurationStatus.NOT_STARTED;
    private boolean blind;

    public CurationView(CorpusService corpus, SchemaService schema, GoldService gold, CurationLanes lanes,
            JsonMapper json) {
        this.corpus = corpus;
        this.schema = schema;
        this.gold = gold;
        this.lanes = lanes;
        this.curator = new GoldCurator(gold, json);
        addClassName("slant-curate");
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(click -> showHistory());
        curated.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        curated.addClickListener(click -> markCurated());
        curated.getElement().setAttribute("title", "Gold of this document is settled: it becomes read-only");
        reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopen.addClickListener(click -> reopen());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(click -> goNext());
        withKey(history, "shows the history of the document's gold", Key.KEY_H, KeyModifier.ALT);
        withKey(next, "opens the next document to curate", Key.KEY_N, KeyModifier.ALT);
        withKey(curated, "marks the document's gold curated", Key.KEY_C, KeyModifier.ALT);
        withKey(reopen, "reopens the gold to change it", Key.KEY_R, KeyModifier.ALT);
        keys.addClickListener(click -> showKeys(layers, curator));
        curator.onKeysAsked(() -> showKeys(layers, curator));
        curator.onSelection(this::showSpan);
        curator.onSaved(this::refreshStatus);
        curator.onRefusedAsClosed(this::refreshStatus);
        layOut(back, List.of(history, next, curated, reopen), curator, "Selected gold span");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document = DocumentRoute.document(event, corpus).orElse(null);
        if (document == null) {
            return;
        }
        DocumentGold stored;
        List<Lane> work;
        try {
            stored = gold.goldOf(document.id());
            work = lanes.of(document.id());
        } catch (ForbiddenException notACurator) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, notACurator.getMessage());
            return;
        }
        ProjectDetails project = corpus.projectDetails(document.projectId());
        layers = schema.layers(project.id());
        blind = project.blind();
        back.setText("← Curation of " + project.name());
        back.setHref("projects/" + project.id() + "/curation");
        title.setText(document.title());
        showDirection(curator, document.language());
        showFacts(document.outlet(), document.story(), DocumentLanguage.name(document.language()),
                String.format(Locale.UK, "%,d words", document.words()),
                work.size() + (work.size() == 1 ? " annotator" : " annotators") + (project.blind() ? " (blind)" : ""));
        curator.open(document.id(), document.text(), project.snapToWords(), layers, stored.spans(), work);
        next.setEnabled(gold.nextToCurate(document.id()).isPresent());
        answers = new GoldAnswers(gold, document.id(), layers, work, stored.answers(), this::refreshStatus);
        showQuestions(answers, !answers.isEmpty());
        showStatus(stored.status());
        showSpan(null);
    }

    /** Marked curated: on to the next document still to curate, if there is one. */
    void markCurated() {
        showStatus(gold.markCurated(document.id()));
        Optional<UUID> following = gold.nextToCurate(document.id());
        Notification.show("Marked curated" + (following.isPresent() ? "; here is the next document to curate."
                : "; every later document is curated."), 3000, Notification.Position.BOTTOM_START);
        following.ifPresent(this::go);
    }

    private void goNext() {
        gold.nextToCurate(document.id()).ifPresentOrElse(this::go, () -> Notification.show(
                "No later document is left to curate.", 3000, Notification.Position.BOTTOM_START));
    }

    private void go(UUID documentId) {
        getUI().ifPresent(ui -> ui.navigate("documents/" + documentId + "/curate"));
    }

    void reopen() {
        showStatus(gold.reopen(document.id()));
        Notification.show("Reopened: gold can be changed again.", 3000, Notification.Position.BOTTOM_START);
    }

    private void refreshStatus() {
        showStatus(gold.statusOf(document.id()));
    }

    private void showStatus(CurationStatus now) {
        state = now;
        status.setText(switch (now) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case CURATED -> "Curated";
        });
        status.getElement().setAttribute("data-status", now == CurationStatus.CURATED ? "done"
                : now.name().toLowerCase());
        boolean readOnly = now == CurationStatus.CURATED;
        curated.setVisible(!readOnly);
        reopen.setVisible(readOnly);
        curator.setReadOnly(readOnly);
        if (answers != null) {
            answers.setReadOnly(readOnly);
        }
        if (spanForm != null) {
            spanForm.setReadOnly(readOnly);
        }
    }

    CurationStatus state() {
        return state;
    }

    /** The selected gold span: its label, words, where it came from, and its attributes to edit. */
    void showSpan(GoldCurator.SelectedGold span) {
        if (span != null && spanForm != null && span.attributes() != null
                && span.attributes().equals(spanForm.values())) {
            return;
        }
        selected.removeAll();
        spanForm = null;
        if (span == null) {
            selected.add(new Paragraph("Select a gold span to see where it came from and edit its attributes: "
                    + "click it, or press Tab in the text. In the lanes below, ↑ ↓ go through the units and a "
                    + "number takes that annotator's version."));
            spanSelected(false);
            return;
        }
        Optional<LayerSchema> layer = showSelectedLabel(layers, span.layer(), span.label(),
                new CodePointText(document.text()).slice(span.start(), span.end()));
        if (layer.isEmpty()) {
            return;
        }
        gold.goldSpan(span.id()).map(this::origin).map(Paragraph::new).ifPresent(selected::add);
        UUID spanId = span.id();
        spanForm = new AttributeForm(layer.get(), span.label(), span.values(),
                values -> curator.updateAttributes(spanId, values));
        spanForm.setReadOnly(state == CurationStatus.CURATED);
        selected.add(spanForm.asksAnything() ? spanForm : new Paragraph("This label has no attributes."));
        spanSelected(spanForm.asksAnything());
    }

    private String origin(GoldSpan span) {
        return switch (span.origin()) {
            case MERGED -> "Merged by rule " + span.originDetail() + (span.personMade() ? ", changed since" : "");
            // a blind project names no annotator, not even here
            case ACCEPTED -> "Taken from " + (blind ? "an annotator's work" : span.originDetail());
            case CURATOR -> "Marked by a curator";
        };
    }


    private void showHistory() {
        Grid<Map<String, Object>> events = new Grid<>();
        events.addColumn(event -> String.valueOf(event.get("at"))).setHeader("When").setAutoWidth(true);
        events.addColumn(event -> event.get("actor") == null ? "a merge rule" : event.get("actor"))
                .setHeader("Who").setAutoWidth(true);
        events.addColumn(event -> event.get("action")).setHeader("What").setAutoWidth(true);
        events.addColumn(event -> event.get("origin") == null ? "" : event.get("origin")).setHeader("How")
                .setAutoWidth(true);
        events.addColumn(event -> event.get("reason") == null ? "" : event.get("reason")).setHeader("Why");
        events.setItems(gold.historyOf(document.id()));
        Dialog dialog = new Dialog(events);
        dialog.setHeaderTitle("Gold history · " + document.title());
        dialog.setWidth("min(60rem, 95vw)");
        dialog.setHeight("70vh");
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Curate" : document.title()) + " · Curate · Slant";
    }
}
