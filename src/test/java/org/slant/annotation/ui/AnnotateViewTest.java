package org.slant.annotation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireReject;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Answer;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.Span;
import org.slant.annotation.WorkQueue;
import org.slant.annotation.WorkQueueItem;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.ui.NotFoundPage;
import org.slant.schema.SchemaEditor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annotate view without a browser: what it sends the span annotator, what it does with each change the annotator
 * sends back (the browser's half is tested in Chromium by AnnotateIT), the attribute panel, the article questions, the
 * queue buttons and the guidelines.
 */
@SlantSpringTest
class AnnotateViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue work;
    @Autowired
    JsonMapper json;

    AnnotationFixture fixture;
    AnnotateView view;

    @BeforeEach
    void open() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        fixture = new AnnotationFixture(corpus, editor);
        view = openView(fixture.documentId);
    }

    @AfterEach
    void close() {
        KaribuViews.stop();
    }

    @Test
    void sendsTheAnnotatorTheTextTheSpanLayersAndTheCallersSpans() {
        // "said" is at code points 11..15: the flag is two code points, e and its combining accent two more
        create(newId(), fixture.stance, "Support", 11, 15);
        view = openView(fixture.documentId);

        JsonNode setup = json.readTree(view.annotator.getElement().getProperty("setup"));
        assertThat(setup.get("text").asString()).isEqualTo(AnnotationFixture.TEXT);
        assertThat(setup.get("annotator").asString()).isEqualTo("admin");
        assertThat(setup.get("snapToWords").asBoolean()).isTrue();
        assertThat(setup.get("layers").valueStream().map(layer -> layer.get("name").asString()))
                .containsExactly("Stance", "Entities");
        JsonNode span = setup.get("spans").get(0);
        assertThat(span.get("start").asInt()).isEqualTo(11);
        assertThat(span.get("end").asInt()).isEqualTo(15);
        assertThat(span.get("text").asString()).isEqualTo("said");
        assertThat(view.status.getText()).isEqualTo("In progress");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Article · Annotate · Slant");
    }

    @Test
    void aSpanFromTheAnnotatorIsStoredOnceHoweverOftenItIsSent() {
        UUID id = newId();
        String request = spanRequest(id, fixture.stance, "Oppose", 9, 15, Map.of());

        JsonNode first = json.readTree(view.annotator.createSpan(request));
        JsonNode retried = json.readTree(view.annotator.createSpan(request));

        assertThat(first.get("ok").asBoolean()).isTrue();
        assertThat(first.get("span").get("text").asString()).isEqualTo("y said");
        assertThat(retried.get("ok").asBoolean()).isTrue();
        assertThat(retried.get("span").get("version").asLong()).isEqualTo(first.get("span").get("version").asLong());
        assertThat(spans()).extracting(Span::id, Span::text).containsExactly(org.assertj.core.groups.Tuple.tuple(id,
                "y said"));
    }

    @Test
    void anInvalidSpanIsRefusedNamingTheFieldAndNothingIsStored() {
        JsonNode reply = json.readTree(view.annotator.createSpan(spanRequest(newId(), fixture.stance, "Oppose", 20,
                999, Map.of())));

        assertThat(reply.get("ok").asBoolean()).isFalse();
        assertThat(reply.get("kind").asString()).isEqualTo("invalid");
        assertThat(reply.get("message").asString()).startsWith("Not saved:").contains("end");
        assertThat(spans()).isEmpty();
    }

    @Test
    void aStaleChangeIsRefusedWithTheSpanAsStoredNow() {
        UUID id = newId();
        view.annotator.createSpan(spanRequest(id, fixture.stance, "Oppose", 9, 15, Map.of()));
        // another tab changed it: version 0 is stale now
        view.annotator.updateSpan("{\"id\":\"" + id + "\",\"version\":0,\"label\":\""
                + fixture.label(fixture.stance, "Support") + "\"}");

        JsonNode reply = json.readTree(view.annotator.updateSpan("{\"id\":\"" + id + "\",\"version\":0,\"start\":10}"));

        assertThat(reply.get("kind").asString()).isEqualTo("conflict");
        assertThat(reply.get("message").asString()).contains("changed elsewhere");
        assertThat(reply.get("span").get("label").asString()).isEqualTo(fixture.label(fixture.stance, "Support")
                .toString());
        assertThat(spans().getFirst().start()).isEqualTo(9);
    }

    @Test
    void deletingTwiceDeletesOnce() {
        UUID id = newId();
        view.annotator.createSpan(spanRequest(id, fixture.entities, "Person", 11, 15, Map.of()));

        assertThat(json.readTree(view.annotator.deleteSpan(id.toString(), 0)).get("ok").asBoolean()).isTrue();
        assertThat(json.readTree(view.annotator.deleteSpan(id.toString(), 0)).get("ok").asBoolean()).isTrue();
        assertThat(spans()).isEmpty();
    }

    @Test
    void theSelectedSpansAttributesShowByTheirDefinitionsAndChangesGoThroughTheAnnotator() {
        UUID id = newId();
        view.annotator.createSpan(spanRequest(id, fixture.stance, "Support", 9, 15, Map.of()));
        view.annotator.spanSelected(spanRequest(id, fixture.stance, "Support", 9, 15, Map.of()));

        assertThat(view.spanForm).isNotNull();
        assertThat(view.spanForm.fields).containsOnlyKeys(fixture.key(fixture.stance, "strength"),
                fixture.key(fixture.stance, "targets"), fixture.key(fixture.stance, "note"),
                fixture.key(fixture.stance, "quoted"), fixture.key(fixture.stance, "speaker"));
        Component speaker = (Component) view.spanForm.fields.get(fixture.key(fixture.stance, "speaker"));
        assertThat(speaker.isVisible()).as("speaker is asked only when quoted").isFalse();

        pendingCalls();
        ((Checkbox) view.spanForm.fields.get(fixture.key(fixture.stance, "quoted"))).setValue(true);

        assertThat(speaker.isVisible()).isTrue();
        assertThat(pendingCalls()).anySatisfy(call -> {
            assertThat(call.getInvocation().getExpression()).contains("updateAttributes");
            assertThat(call.getInvocation().getParameters()).contains(id.toString(),
                    "{\"" + fixture.key(fixture.stance, "quoted") + "\":true}");
        });
    }

    @Test
    void theFormOfAnotherLabelAsksItsOwnAttributes() {
        UUID id = newId();
        view.annotator.spanSelected(spanRequest(id, fixture.stance, "Oppose", 9, 15, Map.of(
                fixture.key(fixture.stance, "strength"), "weak")));

        assertThat(view.spanForm.fields).containsKey(fixture.key(fixture.stance, "reason"));
        assertThat(((ComboBox<?>) view.spanForm.fields.get(fixture.key(fixture.stance, "strength"))).getValue())
                .isEqualTo("weak");
        view.annotator.spanSelected(null);
        assertThat(view.spanForm).isNull();
    }

    @Test
    void articleQuestionsAreAnsweredAtOnceAndRequiredAttributesAreFlagged() {
        ArticleQuestions.Question overall = view.questions.questions.get(fixture.overall.id());
        overall.choice.setValue(fixture.overall.labels().get(0));

        List<Answer> stored = annotations.annotationsOf(fixture.documentId, null).answers();
        assertThat(stored).extracting(Answer::label).containsExactly(fixture.label(fixture.overall, "Left"));
        assertThat(overall.state.getText()).isEqualTo("Saved");
        AttributeForm form = _get(overall.attributes, AttributeForm.class);
        ComboBox<?> confidence = (ComboBox<?>) form.fields.get(fixture.key(fixture.overall, "confidence"));
        assertThat(((HasValidation) confidence).isInvalid()).as("required and empty").isTrue();

        @SuppressWarnings("unchecked")
        ComboBox<String> choice = (ComboBox<String>) confidence;
        choice.setValue("high");
        overall.choice.setValue(fixture.overall.labels().get(1));

        Answer answer = annotations.annotationsOf(fixture.documentId, null).answers().getFirst();
        assertThat(answer.label()).isEqualTo(fixture.label(fixture.overall, "Right"));
        assertThat(answer.attributes()).containsEntry(fixture.key(fixture.overall, "confidence"), "high");
        overall.choice.clear();
        assertThat(annotations.annotationsOf(fixture.documentId, null).answers()).isEmpty();
    }

    @Test
    void markingDoneWarnsAboutMissingRequiredValuesAndGoesOnWhenConfirmed() {
        UUID second = corpus.addDocuments(fixture.projectId, List.of(new NewDocument("Second", "Another text.", null,
                null, null, null, null, Map.of()))).getFirst().getId();
        view.questions.questions.get(fixture.overall.id()).choice.setValue(fixture.overall.labels().get(0));

        _click(view.done);

        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(getText(dialog)).contains("answer (Left): 'confidence' missing");
        assertThat(status(fixture.documentId)).isEqualTo(AssignmentStatus.IN_PROGRESS);
        // the default (Enter) goes back to the document; marking done anyway is the other button
        assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("Go back and fill them in");
        _fireConfirm(dialog);
        assertThat(status(fixture.documentId)).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("annotate/" + fixture.documentId);

        _click(view.done);
        dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("rejectText")).isEqualTo("Mark done anyway");
        _fireReject(dialog);

        assertThat(status(fixture.documentId)).isEqualTo(AssignmentStatus.DONE);
        assertThat(_get(AnnotateView.class).getPageTitle()).isEqualTo("Second · Annotate · Slant");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("annotate/" + second);
    }

    @Test
    void previousAndNextFollowTheProjectsOrder() {
        UUID second = corpus.addDocuments(fixture.projectId, List.of(new NewDocument("Second", "Another text.", null,
                null, null, null, null, Map.of()))).getFirst().getId();
        view = openView(fixture.documentId);
        assertThat(view.previous.isEnabled()).isFalse();
        assertThat(view.next.isEnabled()).isTrue();

        _click(view.next);

        AnnotateView now = _get(AnnotateView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("annotate/" + second);
        assertThat(now.next.isEnabled()).isFalse();
        _click(now.previous);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("annotate/" + fixture.documentId);
    }

    @Test
    void everyButtonHasAKeyAndTheListOfKeysNamesThem() {
        UUID second = corpus.addDocuments(fixture.projectId, List.of(new NewDocument("Keyed", "Another text.", null,
                null, null, null, null, Map.of()))).getFirst().getId();
        view = openView(fixture.documentId);
        assertThat(view.next.getElement().getAttribute("title")).isEqualTo("Opens the next document of your work "
                + "(Alt + N)");

        // ? in the text asks the server for the list; so does the Keys button
        view.annotator.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(view.annotator.getElement(), "slant-keys",
                        tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
        assertThat(view.keysShown.isOpened()).isTrue();
        assertThat(view.keysShown.rows()).contains("← →: moves the word cursor a word",
                "Alt + N: opens the next document of your work", "Ctrl + Enter: marks your work on this document done",
                "Alt + D: opens or folds the side column (on a narrow screen)");
        view.keysShown.close();

        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("annotate/" + second);
    }

    @Test
    void activeTimeReportedByTheBrowserIsRecorded() {
        view.annotator.activity(15);
        assertThat(work.progress(fixture.documentId)).as("the admin only looks: no work, no time").isEmpty();
        work.open(fixture.documentId);
        view.annotator.activity(15);
        view.annotator.activity(15);

        assertThat(item(fixture.documentId).activeSeconds()).isEqualTo(30);
    }

    @Test
    void theGuidelinesOpenInOneClickAsSafeMarkdown() {
        ProjectDetails project = corpus.projectDetails(fixture.projectId);
        corpus.updateProject(fixture.projectId, new ProjectSettings(project.name(), project.description(),
                "# Framing\nMark **frames**. <script>alert(1)</script>", 1, true, true));
        view = openView(fixture.documentId);

        _click(view.guidelines);

        Dialog dialog = _get(Dialog.class);
        String html = _get(dialog, Html.class).getInnerHtml();
        assertThat(html).contains("<h1>Framing</h1>").contains("<strong>frames</strong>")
                .contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void aManagerOnlyLookingIsViewingAndTheirFirstChangeStartsTheirWork() {
        assertThat(view.status.getText()).isEqualTo("Viewing");
        assertThat(view.done.isVisible()).isFalse();
        assertThat(work.progress(fixture.documentId)).isEmpty();

        create(newId(), fixture.entities, "Person", 11, 15);

        assertThat(view.status.getText()).isEqualTo("In progress");
        assertThat(view.done.isVisible()).isTrue();
        assertThat(status(fixture.documentId)).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void aDocumentMarkedDoneIsReadOnlyUntilReopenedInOneClick() {
        UUID id = newId();
        create(id, fixture.stance, "Support", 9, 15);
        view.questions.questions.get(fixture.overall.id()).choice.setValue(fixture.overall.labels().get(0));
        work.markDone(fixture.documentId, true);
        view = openView(fixture.documentId);

        assertThat(view.status.getText()).isEqualTo("Done");
        assertThat(view.annotator.getElement().getProperty("readOnly", false)).isTrue();
        assertThat(view.done.isVisible()).isFalse();
        assertThat(view.skip.isVisible()).isFalse();
        assertThat(view.reopen.isVisible()).isTrue();
        ArticleQuestions.Question overall = view.questions.questions.get(fixture.overall.id());
        assertThat(overall.choice.isReadOnly()).isTrue();
        assertThat(_get(overall.attributes, AttributeForm.class).fields.values()).allMatch(field -> field.isReadOnly());
        view.annotator.spanSelected(spanRequest(id, fixture.stance, "Support", 9, 15, Map.of()));
        assertThat(view.spanForm.fields.values()).allMatch(field -> field.isReadOnly());

        _click(view.reopen);

        assertThat(status(fixture.documentId)).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(view.status.getText()).isEqualTo("In progress");
        assertThat(view.annotator.getElement().getProperty("readOnly", true)).isFalse();
        assertThat(view.reopen.isVisible()).isFalse();
        assertThat(view.done.isVisible()).isTrue();
        assertThat(overall.choice.isReadOnly()).isFalse();
        assertThat(view.spanForm.fields.values()).noneMatch(field -> field.isReadOnly());
    }

    @Test
    void aChangeArrivingAfterTheDocumentWasMarkedDoneElsewhereIsKeptWaitingAndTheViewTurnsReadOnly() {
        create(newId(), fixture.entities, "Person", 11, 15);
        // another tab marks the document done
        work.markDone(fixture.documentId, true);

        JsonNode reply = json.readTree(view.annotator.createSpan(spanRequest(newId(), fixture.entities, "Person", 16,
                19, Map.of())));
        view.annotator.refusedAsDone();

        assertThat(reply.get("ok").asBoolean()).isFalse();
        assertThat(reply.get("kind").asString()).isEqualTo("done");
        assertThat(reply.get("message").asString()).contains("reopen it");
        assertThat(spans()).hasSize(1);
        assertThat(view.status.getText()).isEqualTo("Done");
        assertThat(view.annotator.getElement().getProperty("readOnly", false)).isTrue();
        assertThat(view.reopen.isVisible()).isTrue();
    }

    @Test
    void anAnswerRefusedBecauseTheDocumentWasMarkedDoneElsewhereSaysSoAndShowsWhatIsStored() {
        ArticleQuestions.Question overall = view.questions.questions.get(fixture.overall.id());
        overall.choice.setValue(fixture.overall.labels().get(0));
        work.markDone(fixture.documentId, true);

        overall.choice.setValue(fixture.overall.labels().get(1));

        assertThat(overall.state.getText()).isEqualTo("Not saved");
        assertThat(overall.choice.getValue().name()).isEqualTo("Left");
        assertThat(view.reopen.isVisible()).isTrue();
        assertThat(overall.choice.isReadOnly()).isTrue();
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        UI.getCurrent().navigate("annotate/" + UUID.randomUUID());
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such document.");
        UI.getCurrent().navigate("annotate/not-a-uuid");
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such document.");
    }

    /** The calls Vaadin would send the browser with its next response. */
    private static List<PendingJavaScriptInvocation> pendingCalls() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    private AnnotateView openView(UUID documentId) {
        UI.getCurrent().navigate("annotate/" + documentId);
        return _get(AnnotateView.class);
    }

    private void create(UUID id, org.slant.schema.LayerSchema layer, String label, int start, int end) {
        assertThat(json.readTree(view.annotator.createSpan(spanRequest(id, layer, label, start, end, Map.of())))
                .get("ok").asBoolean()).isTrue();
    }

    private String spanRequest(UUID id, org.slant.schema.LayerSchema layer, String label, int start, int end,
            Map<String, Object> attributes) {
        return json.writeValueAsString(Map.of("id", id, "layer", layer.id(), "label", fixture.label(layer, label),
                "start", start, "end", end, "attributes", attributes, "version", 0));
    }

    private List<Span> spans() {
        return annotations.annotationsOf(fixture.documentId, null).spans();
    }

    private AssignmentStatus status(UUID documentId) {
        return item(documentId).status();
    }

    private WorkQueueItem item(UUID documentId) {
        return work.queue(fixture.projectId, PageRequest.of(0, 50)).stream()
                .filter(item -> item.documentId().equals(documentId)).findFirst().orElseThrow();
    }

    private static UUID newId() {
        return UUID.randomUUID();
    }
}
