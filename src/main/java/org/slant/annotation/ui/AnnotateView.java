package org.slant.annotation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.CodePointText;
import org.slant.annotation.DocumentAnnotations;
import org.slant.annotation.Suggestions;
import org.slant.annotation.WorkQueue;
import org.slant.annotation.WorkQueueItem;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.DocumentLanguage;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.ui.DocumentRoute;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.Markdown;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.ProjectAccess;
import org.slant.team.ProjectRole;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where an annotator works on one article: the span annotator in the middle, the selected span's attributes and the
 * questions about the whole article at the side, and the way through the queue at the top.
 */
@Route("annotate/:documentId")
@PermitAll
public class AnnotateView extends ArticleEditorView implements BeforeEnterObserver, HasDynamicTitle {

    private static final String DOCUMENT_ID = "documentId";

    private final CorpusService corpus;
    private final SchemaService schema;
    private final AnnotationService annotations;
    private final WorkQueue work;
    private final ProjectAccess access;
    private final Suggestions suggestions;
    final SpanAnnotator annotator;
    private final RouterLink back = new RouterLink();
    final Button guidelines = new Button(getTranslation("annotation.annotate.guidelines"), VaadinIcon.BOOK.create());
    final Button others = new Button(getTranslation("annotation.annotate.others"), VaadinIcon.USERS.create());
    final Button historyButton = new Button(getTranslation("annotation.annotate.history"),
            VaadinIcon.CLOCK.create());
    final Button previous = new Button(getTranslation("annotation.annotate.previous"),
            VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(getTranslation("annotation.annotate.next"), VaadinIcon.ANGLE_RIGHT.create());
    final Button skip = new Button(getTranslation("annotation.annotate.skip"));
    final Button done = new Button(getTranslation("annotation.annotate.done"), VaadinIcon.CHECK.create());
    final Button reopen = new Button(getTranslation("annotation.annotate.reopen"), VaadinIcon.EDIT.create());
    AttributeForm spanForm;
    ArticleQuestions questions;
    private DocumentDetails document;
    private ProjectDetails project;
    private List<LayerSchema> layers = List.of();
    private org.slant.annotation.Span selectedSpan;
    /** The caller's work on the document; empty while a manager, curator or admin only looks at it. */
    private Optional<WorkQueueItem> progress = Optional.empty();

    public AnnotateView(CorpusService corpus, SchemaService schema, AnnotationService annotations, WorkQueue work,
            ProjectAccess access, Suggestions suggestions, JsonMapper json) {
        this.access = access;
        this.suggestions = suggestions;
        this.corpus = corpus;
        this.schema = schema;
        this.annotations = annotations;
        this.work = work;
        this.annotator = new SpanAnnotator(annotations, json);
        guidelines.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        guidelines.addClickListener(click -> showGuidelines());
        others.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        historyButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        historyButton.addClickListener(click -> UI.getCurrent().navigate(HistoryView.class,
                AnnotateView.parameters(document.id())));
        others.addClickListener(click -> UI.getCurrent().navigate(AnnotationsOfView.class,
                AnnotateView.parameters(document.id())));
        previous.addClickListener(click -> go(work.previous(project.id(), document.id())));
        next.addClickListener(click -> go(work.following(project.id(), document.id())));
        next.setIconAfterText(true);
        skip.addClickListener(click -> {
            work.skip(document.id());
            goOn("annotation.annotate.skipped");
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> markDone());
        reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopen.addClickListener(click -> reopen());
        reopen.getElement().setAttribute("title", getTranslation("annotation.annotate.reopen.title"));
        withKey(guidelines, getTranslation("annotation.annotate.guidelines.does"), Key.KEY_G, KeyModifier.ALT);
        withKey(others, getTranslation("annotation.annotate.others.does"), Key.KEY_O, KeyModifier.ALT);
        withKey(historyButton, getTranslation("annotation.annotate.history.does"), Key.KEY_H, KeyModifier.ALT);
        withKey(previous, getTranslation("annotation.annotate.previous.does"), Key.KEY_P, KeyModifier.ALT);
        withKey(next, getTranslation("annotation.annotate.next.does"), Key.KEY_N, KeyModifier.ALT);
        withKey(skip, getTranslation("annotation.annotate.skip.does"), Key.KEY_K, KeyModifier.ALT);
        withKey(done, getTranslation("annotation.annotate.done.does"), Key.ENTER, KeyModifier.CONTROL);
        withKey(reopen, getTranslation("annotation.annotate.reopen.does"), Key.KEY_R, KeyModifier.ALT);
        keys.addClickListener(click -> showKeys(layers, annotator));
        annotator.onKeysAsked(() -> showKeys(layers, annotator));
        annotator.onSelection(this::showSpan);
        annotator.onActivity(seconds -> work.recordActivity(document.id(), seconds));
        annotator.onSaved(this::startedByChange);
        annotator.onRefusedAsClosed(() -> showProgress(work.progress(document.id())));
        layOut(back, List.of(guidelines, others, historyButton, previous, next, skip, done, reopen), annotator,
                getTranslation("annotation.annotate.selected-span"));
    }

    static RouteParameters parameters(UUID documentId) {
        return new RouteParameters(DOCUMENT_ID, documentId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // as the caller may read it: an annotator of an outlet-blind project reads "Article 12", no outlet, and the
        // text with the outlets' names masked, at the same offsets (decision 0021)
        document = DocumentRoute.document(event, corpus).orElse(null);
        if (document == null) {
            return;
        }
        project = corpus.projectDetails(document.projectId());
        layers = schema.layers(project.id());
        back.setText(getTranslation("annotation.annotate.back", project.name()));
        back.setRoute(WorkQueueView.class, new RouteParameters("projectId", project.id().toString()));
        title.setText(document.title());
        showFacts(document.outlet(), document.story(),
                DocumentLanguage.name(document.language(), LocalFormats.locale()),
                getTranslation("platform.common.words", document.words()));
        showDirection(annotator, document.language());
        Optional<WorkQueueItem> entered = work.enter(document.id());
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        historyButton.setVisible(access.isAdmin() || access.roleIn(project.id()).filter(ProjectRole.MANAGER::equals)
                .isPresent());
        // in a blind project an annotator would find only their own work there
        others.setVisible(!project.blind() || annotations.annotatorsOf(document.id()).stream()
                .anyMatch(name -> !name.equalsIgnoreCase(me)));
        previous.setEnabled(work.previous(project.id(), document.id()).isPresent());
        next.setEnabled(work.following(project.id(), document.id()).isPresent());
        DocumentAnnotations mine = annotations.annotationsOf(document.id(), null);
        annotator.open(document.id(), me, document.text(), project.snapToWords(), layers, mine.spans());
        annotator.offerSuggestions(suggestions);
        questions = new ArticleQuestions(annotations, document.id(), layers, mine.answers());
        questions.onRefusedAsDone(() -> showProgress(work.progress(document.id())));
        questions.onSaved(this::startedByChange);
        showQuestions(questions, !questions.isEmpty());
        showProgress(entered);
        showSpan(null);
    }

    /** A manager's first change starts their work on the document: the status shows it. */
    private void startedByChange() {
        if (progress.isEmpty()) {
            showProgress(work.progress(document.id()));
        }
    }

    /** Whether the caller's work here is marked done, and so read-only until reopened. */
    boolean readOnly() {
        return progress.map(item -> item.status() == AssignmentStatus.DONE).orElse(false);
    }

    void reopen() {
        showProgress(Optional.of(work.reopen(document.id())));
        Notification.show(getTranslation("annotation.annotate.reopened"), 3000,
                Notification.Position.BOTTOM_START);
    }

    /** Shows the selected span's label, text and attributes; keeps the form while the same span is edited. */
    void showSpan(org.slant.annotation.Span span) {
        boolean sameForm = span != null && selectedSpan != null && spanForm != null
                && span.id().equals(selectedSpan.id()) && span.label().equals(selectedSpan.label())
                && span.attributes().equals(spanForm.values());
        selectedSpan = span;
        if (sameForm && spanForm.isReadOnly() == readOnly()) {
            return;
        }
        selected.removeAll();
        spanForm = null;
        if (span == null) {
            selected.add(new Paragraph(getTranslation("annotation.annotate.select-a-span")));
            spanSelected(false);
            return;
        }
        Optional<LayerSchema> layer = showSelectedLabel(layers, span.layer(), span.label(),
                new CodePointText(document.text()).slice(span.start(), span.end()));
        if (layer.isEmpty()) {
            return;
        }
        UUID spanId = span.id();
        spanForm = new AttributeForm(layer.get(), span.label(), span.attributes(),
                values -> annotator.updateAttributes(spanId, values));
        spanForm.setReadOnly(readOnly());
        if (spanForm.asksAnything()) {
            selected.add(spanForm);
        } else {
            selected.add(new Paragraph(getTranslation("annotation.annotate.no-attributes")));
        }
        spanSelected(spanForm.asksAnything());
    }

    void markDone() {
        try {
            showProgress(work.markDone(document.id(), false));
            goOn("annotation.annotate.marked-done");
        } catch (ConfirmationRequiredException missing) {
            // going back is the default (Enter); marking done anyway takes a deliberate click
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("annotation.annotate.missing.header"));
            dialog.setText(Problems.said(missing));
            dialog.setConfirmText(getTranslation("annotation.annotate.missing.back"));
            dialog.setRejectable(true);
            dialog.setRejectText(getTranslation("annotation.annotate.missing.anyway"));
            dialog.addRejectListener(anyway -> {
                showProgress(work.markDone(document.id(), true));
                goOn("annotation.annotate.marked-done");
            });
            dialog.open();
            missingValues = dialog;
        }
    }

    /** The open "Required values are missing" dialog, for tests. */
    ConfirmDialog missingValues;

    /** After done or skip (the key of what was done): the next unfinished document, or the queue if there is none. */
    private void goOn(String whatKey) {
        Optional<WorkQueueItem> following = work.next(project.id(), document.id());
        Notification.show(getTranslation(following.isPresent() ? "annotation.annotate.go-on.next"
                : "annotation.annotate.go-on.none", getTranslation(whatKey)), 3000,
                Notification.Position.BOTTOM_START);
        if (following.isPresent()) {
            go(following);
        } else {
            UI.getCurrent().navigate(WorkQueueView.class, new RouteParameters("projectId", project.id().toString()));
        }
    }

    private void go(Optional<WorkQueueItem> item) {
        item.ifPresent(target -> UI.getCurrent().navigate(AnnotateView.class, parameters(target.documentId())));
    }

    private void showProgress(WorkQueueItem item) {
        showProgress(Optional.of(item));
    }

    /** The caller's status on the document, and with it what they may do: a document marked done is read-only. */
    private void showProgress(Optional<WorkQueueItem> item) {
        progress = item;
        if (item.isPresent()) {
            status.setText(ProgressWords.status(item.get().status()));
            status.getElement().setAttribute("data-status", item.get().status().name().toLowerCase());
            status.getElement().removeAttribute("title");
        } else {
            status.setText(getTranslation("annotation.annotate.viewing"));
            status.getElement().setAttribute("data-status", "viewing");
            status.getElement().setAttribute("title", getTranslation("annotation.annotate.viewing.title"));
        }
        boolean readOnly = readOnly();
        done.setVisible(item.isPresent() && !readOnly);
        skip.setVisible(item.isPresent() && !readOnly);
        reopen.setVisible(readOnly);
        annotator.setReadOnly(readOnly);
        if (questions != null) {
            questions.setReadOnly(readOnly);
        }
        if (spanForm != null) {
            spanForm.setReadOnly(readOnly);
        }
    }

    private void showGuidelines() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("annotation.annotate.guidelines.header", project.name()));
        String markdown = project.guidelines();
        if (markdown == null || markdown.isBlank()) {
            dialog.add(new Paragraph(getTranslation("annotation.annotate.guidelines.none")));
        } else {
            // sanitised: raw HTML in the guidelines is escaped, only Markdown's own markup is rendered
            dialog.add(new Html("<div class=\"slant-guidelines\">" + Markdown.toSafeHtml(markdown) + "</div>"));
        }
        Button close = new Button(getTranslation("platform.common.close"), click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("annotation.annotate.page-title", document == null
                ? getTranslation("annotation.annotate.title") : document.title());
    }
}
