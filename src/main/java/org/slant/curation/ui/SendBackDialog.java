package org.slant.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.SentBackAssignment;
import org.slant.annotation.WorkAssignment;
import org.slant.curation.CurationQueue;
import org.slant.curation.QueuedDocument;
import org.slant.curation.QueuedDocument.QueuedAnnotator;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;

/**
 * Sends a document back to one of the annotators who finished it, with a note they read in their queue: their work on
 * it goes back to in progress, so they can change it.
 */
class SendBackDialog extends Dialog {

    final RadioButtonGroup<QueuedAnnotator> annotator = new RadioButtonGroup<>(
            getTranslation("curation.send-back.to"));
    final TextArea note = new TextArea(getTranslation("curation.send-back.note"));
    final Button send = new Button(getTranslation("curation.send-back.send"));

    SendBackDialog(CurationQueue queue, QueuedDocument document, Runnable afterwards) {
        setHeaderTitle(getTranslation("curation.send-back.header", document.title()));
        setWidth("min(32rem, 95vw)");
        List<QueuedAnnotator> finished = document.annotators().stream()
                .filter(one -> one.status().finished()).toList();
        annotator.setItems(finished);
        annotator.setItemLabelGenerator(one -> one.lane() + " (" + QueueWords.assignment(one.status()) + ")");
        annotator.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        if (finished.size() == 1) {
            annotator.setValue(finished.getFirst());
        }
        note.setWidthFull();
        note.setMaxLength(WorkAssignment.MAX_NOTE_LENGTH);
        note.setPlaceholder(getTranslation("curation.send-back.placeholder"));
        Paragraph what = new Paragraph(getTranslation("curation.send-back.what"));
        what.addClassName("slant-muted");
        add(annotator, note, what);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(annotator.getValue() != null);
        annotator.addValueChangeListener(change -> send.setEnabled(change.getValue() != null));
        send.addClickListener(click -> {
            try {
                SentBackAssignment sent = queue.sendBack(document.documentId(), annotator.getValue().username(),
                        note.getValue());
                Problems.success(getTranslation(sent.reopened() ? "curation.send-back.sent"
                        : "curation.send-back.sent-already", annotator.getValue().lane()));
                close();
                afterwards.run();
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.of("annotator", annotator, "note", note));
            }
        });
        getFooter().add(new Button(getTranslation("platform.common.cancel"), click -> close()), send);
    }

    /** Whether anyone finished the document, so that there is someone to send it back to. */
    static boolean anyoneFinished(QueuedDocument document) {
        return document.annotators().stream().map(QueuedAnnotator::status).anyMatch(AssignmentStatus::finished);
    }
}
