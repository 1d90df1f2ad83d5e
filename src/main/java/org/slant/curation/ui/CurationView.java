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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
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
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
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
    final Button history = new Button(getTranslation("curation.view.history"), VaadinIcon.CLOCK.create());
    final Button curated = new Button(getTranslation("curation.view.mark-curated"), VaadinIcon.CHECK.create());
    final Button reopen = new Button(getTranslation("curation.view.reopen"), VaadinIcon.EDIT.create());
    final Button next = new Button(getTranslation("curation.view.next"), VaadinIcon.ANGLE_RIGHT.create());
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
        curated.getElement().setAttribute("title", getTranslation("curation.view.mark-curated-hint"));
        reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopen.addClickListener(click -> reopen());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(click -> goNext());
        withKey(history, getTranslation("curation.view.key.history"), Key.KEY_H, KeyModifier.ALT);
        withKey(next, getTranslation("curation.view.key.next"), Key.KEY_N, KeyModifier.ALT);
        withKey(curated, getTranslation("curation.view.key.curated"), Key.KEY_C, KeyModifier.ALT);
        withKey(reopen, getTranslation("curation.view.key.reopen"), Key.KEY_R, KeyModifier.ALT);
        keys.addClickListener(click -> showKeys(layers, curator));
        curator.onKeysAsked(() -> showKeys(layers, curator));
        curator.onSelection(this::showSpan);
        curator.onSaved(this::refreshStatus);
        curator.onRefusedAsClosed(this::refreshStatus);
        layOut(back, List.of(history, next, curated, reopen), curator,
                getTranslation("curation.view.selected-heading"));
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
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, Problems.said(notACurator));
            return;
        }
        ProjectDetails project = corpus.projectDetails(document.projectId());
        layers = schema.layers(project.id());
        blind = project.blind();
        back.setText(getTranslation("curation.view.back", project.name()));
        back.setHref("projects/" + project.id() + "/curation");
        title.setText(document.title());
        showDirection(curator, document.language());
        String annotators = getTranslation("platform.common.annotators", work.size());
        showFacts(document.outlet(), document.story(),
                DocumentLanguage.name(document.language(), LocalFormats.locale()),
                getTranslation("platform.common.words", document.words()),
                project.blind() ? getTranslation("curation.view.blind", annotators) : annotators);
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
        Notification.show(getTranslation(following.isPresent() ? "curation.view.curated-next"
                : "curation.view.curated-last"), 3000, Notification.Position.BOTTOM_START);
        following.ifPresent(this::go);
    }

    private void goNext() {
        gold.nextToCurate(document.id()).ifPresentOrElse(this::go, () -> Notification.show(
                getTranslation("curation.view.none-left"), 3000, Notification.Position.BOTTOM_START));
    }

    private void go(UUID documentId) {
        getUI().ifPresent(ui -> ui.navigate("documents/" + documentId + "/curate"));
    }

    void reopen() {
        showStatus(gold.reopen(document.id()));
        Notification.show(getTranslation("curation.view.reopened"), 3000, Notification.Position.BOTTOM_START);
    }

    private void refreshStatus() {
        showStatus(gold.statusOf(document.id()));
    }

    private void showStatus(CurationStatus now) {
        state = now;
        status.setText(QueueWords.status(now));
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
            selected.add(new Paragraph(getTranslation("curation.view.select-hint")));
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
        selected.add(spanForm.asksAnything() ? spanForm : new Paragraph(getTranslation("curation.view.no-attributes")));
        spanSelected(spanForm.asksAnything());
    }

    private String origin(GoldSpan span) {
        return switch (span.origin()) {
            case MERGED -> getTranslation(span.personMade() ? "curation.view.origin.merged-changed"
                    : "curation.view.origin.merged", span.originDetail());
            // a blind project names no annotator, not even here
            case ACCEPTED -> blind ? getTranslation("curation.view.origin.accepted-blind")
                    : getTranslation("curation.view.origin.accepted", span.originDetail());
            case CURATOR -> getTranslation("curation.view.origin.curator");
        };
    }


    private void showHistory() {
        Grid<Map<String, Object>> events = new Grid<>();
        events.addColumn(event -> when(event.get("at"))).setHeader(getTranslation("curation.view.history.when"))
                .setAutoWidth(true);
        events.addColumn(event -> event.get("actor") == null ? getTranslation("curation.view.history.merge-rule")
                : event.get("actor")).setHeader(getTranslation("curation.view.history.who")).setAutoWidth(true);
        events.addColumn(event -> event.get("action")).setHeader(getTranslation("curation.view.history.what"))
                .setAutoWidth(true);
        events.addColumn(event -> event.get("origin") == null ? "" : event.get("origin"))
                .setHeader(getTranslation("curation.view.history.how")).setAutoWidth(true);
        events.addColumn(event -> event.get("reason") == null ? "" : event.get("reason"))
                .setHeader(getTranslation("curation.view.history.why"));
        events.setItems(gold.historyOf(document.id()));
        Dialog dialog = new Dialog(events);
        dialog.setHeaderTitle(getTranslation("curation.view.history.header", document.title()));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.setHeight("70vh");
        dialog.getFooter().add(new Button(getTranslation("platform.common.close"), click -> dialog.close()));
        dialog.open();
    }

    /** When a history event happened, to the second in UTC, as the reader's locale writes it. */
    static String when(Object at) {
        return switch (at) {
            case null -> "";
            case Date date -> LocalFormats.second(date.toInstant());
            case OffsetDateTime moment -> LocalFormats.second(moment.toInstant());
            case Instant moment -> LocalFormats.second(moment);
            default -> String.valueOf(at);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.view.page-title", document == null ? getTranslation("curation.view.curate")
                : document.title());
    }
}
