package org.slant.corpus.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.slant.corpus.StoryDetails;
import org.slant.corpus.StoryDraft;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.LocalComponents;
import org.slant.platform.ui.Problems;

/** Adds or edits a story: the event, its date, and the main entities annotators choose targets and speakers from. */
class StoryDialog extends Dialog {

    final TextField title = new TextField(getTranslation("corpus.story.title"));
    final DatePicker eventDate = new DatePicker(getTranslation("corpus.story.event-date"));
    final TextArea description = new TextArea(getTranslation("platform.common.description"));
    final TextArea mainEntities = new TextArea(getTranslation("corpus.story.entities"));
    final Button save = new Button(getTranslation("platform.common.save"));

    StoryDialog(StoryDetails editing, Consumer<StoryDraft> saving) {
        setHeaderTitle(editing == null ? getTranslation("corpus.story.new")
                : getTranslation("corpus.story.editing", editing.title()));
        mainEntities.setHelperText(getTranslation("corpus.story.entities-help"));
        // ISO dates whatever the browser's locale: 11/12/2018 means two different days to a US and a UK researcher
        eventDate.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage(getTranslation("corpus.story.bad-date")));
        // the calendar's month and day names in the reader's language, the field's format still ISO
        LocalComponents.translated(eventDate);
        eventDate.setPlaceholder("2018-11-25");
        eventDate.setHelperText(getTranslation("corpus.story.date-help"));
        if (editing != null) {
            title.setValue(editing.title());
            eventDate.setValue(editing.eventDate());
            description.setValue(editing.description());
            mainEntities.setValue(String.join("\n", editing.mainEntities()));
        }
        title.setWidthFull();
        description.setWidthFull();
        mainEntities.setWidthFull();
        FormLayout form = new FormLayout(title, eventDate, description, mainEntities);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (eventDate.isInvalid()) {
                // what was typed is not a date: saving would drop it without a word
                return;
            }
            try {
                saving.accept(new StoryDraft(title.getValue(), eventDate.getValue(), description.getValue(),
                        Arrays.asList(mainEntities.getValue().split("\\R"))));
                close();
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.<String, HasValidation>of("title", title));
            }
        });
        getFooter().add(new Button(getTranslation("platform.common.cancel"), click -> close()), save);
        setWidth("32rem");
    }
}
