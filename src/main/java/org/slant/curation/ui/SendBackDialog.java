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

    final RadioButtonGroup<QueuedAnnotator> annotator = new RadioButtonGroup<>("Send back to");
    final TextArea note = new TextArea("Note for the annotator (optional)");
    final Button send = new Button("Send back");

    SendBackDialog(CurationQueue queue, QueuedDocument document, Runnable afterwards) {
        setHeaderTitle("Send back · " + document.title());
        setWidth("min(32rem, 95vw)");
        List<QueuedAnnotator> finished = document.annotators().stream()
                .filter(one -> one.status().finished()).toList();
        annotator.setItems(finished);
        annotator.setItemLabelGenerator(one -> one.lane() + " (" + one.status().words() + ")");
        annotator.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        if (finished.size() == 1) {
            annotator.setValue(finished.getFirst());
        }
        note.setWidthFull();
        note.setMaxLength(WorkAssignment.MAX_NOTE_LENGTH);
        note.setPlaceholder("What to look at again, e.g. where a span should end");
        Paragraph what = new Paragraph("Their work on this document goes back to in progress, so they can change it; "
                + "their queue shows your note until they mark it done again. Gold stays as it is.");
        what.addClassName("slant-muted");
        add(annotator, note, what);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(annotator.getValue() != null);
        annotator.addValueChangeListener(change -> send.setEnabled(change.getValue() != null));
        send.addClickListener(click -> {
            try {
                SentBackAssignment sent = queue.sendBack(document.documentId(), annotator.getValue().username(),
                        note.getValue());
                Problems.success("Sent back to " + annotator.getValue().lane() + ": their work on it is in progress "
                        + "again" + (sent.reopened() ? "." : " (it was already; your note is with them)."));
                close();
                afterwards.run();
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.of("annotator", annotator, "note", note));
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), send);
    }

    /** Whether anyone finished the document, so that there is someone to send it back to. */
    static boolean anyoneFinished(QueuedDocument document) {
        return document.annotators().stream().map(QueuedAnnotator::status).anyMatch(AssignmentStatus::finished);
    }
}
