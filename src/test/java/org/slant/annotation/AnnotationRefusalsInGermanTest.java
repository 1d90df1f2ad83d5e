package org.slant.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.Refusal;
import org.slant.platform.Texts;
import org.slant.schema.AttributeType;

/**
 * The annotation services' refusals read in German for a German reader, while their English, which the REST API
 * gives, stays word for word what it was.
 */
class AnnotationRefusalsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final UUID ID = UUID.fromString("0b7f4bde-3c1e-4a8e-9d62-5f1a2b3c4d5e");

    @Test
    void aSpanOutsideTheTextIsRefusedInEachLanguage() {
        AnnotationChecks checks = new AnnotationChecks();
        checks.offsets(12, 5, 10);
        Throwable thrown = catchThrowable(() -> checks.throwIfAny(Message.of("annotation.refusal.span-not-saved")));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        InvalidInputException refused = (InvalidInputException) thrown;

        assertThat(refused.getMessage()).isEqualTo("The span cannot be saved: start: must be from 0 to 9 (the text "
                + "has 10 code points), got 12; end: must be after start (12), got 5");
        assertThat(refused.in(GERMAN)).isEqualTo("Der Span kann nicht gespeichert werden: start: muss zwischen 0 und "
                + "9 liegen (der Text hat 10 Codepoints), erhalten: 12; end: muss nach dem Start (12) liegen, "
                + "erhalten: 5");
        assertThat(refused.problems().getFirst().message(GERMAN)).startsWith("muss zwischen 0 und 9 liegen");
    }

    @Test
    void anApostropheAfterAQuotedNameStaysDoubledInEnglish() {
        Message said = Message.of("annotation.refusal.label-required", "Framing");
        assertThat(said.english()).isEqualTo("required: the id of one of layer 'Framing''s labels");
        assertThat(said.in(GERMAN)).isEqualTo("erforderlich: die ID eines der Labels der Ebene „Framing“");
    }

    @Test
    void aLimitIsNotGroupedAsANumber() {
        Message said = Message.of("annotation.refusal.bulk-limit", String.valueOf(AnnotationService.BULK_LIMIT),
                "5001");
        assertThat(said.english()).isEqualTo("at most 5000 creates, updates and deletes in one call, got 5001; send "
                + "them in several calls");
        assertThat(said.in(GERMAN)).startsWith("höchstens 5000 Anlagen, Änderungen und Löschungen in einem Aufruf");
    }

    @Test
    void workDoneAndWorkNotAssignedAreRefusedInGerman() {
        Refusal done = new DocumentDoneException(ID);
        assertThat(done.getMessage()).isEqualTo("You marked this document done, so your work on it is read-only: "
                + "reopen it (POST /api/v1/documents/" + ID + "/reopen, or Reopen in the annotate view) to change it.");
        assertThat(done.in(GERMAN)).isEqualTo("Sie haben dieses Dokument als erledigt markiert, daher ist Ihre Arbeit "
                + "daran schreibgeschützt: Öffnen Sie es wieder (POST /api/v1/documents/" + ID + "/reopen, oder „Zum "
                + "Ändern wieder öffnen“ in der Ansicht „Annotieren“), um sie zu ändern.");

        Refusal notAssigned = new ForbiddenException(Message.of("annotation.refusal.not-assigned"));
        assertThat(notAssigned.getMessage()).isEqualTo("This document is not assigned to you; the project's managers "
                + "decide who annotates which document.");
        assertThat(notAssigned.in(GERMAN)).isEqualTo("Dieses Dokument ist Ihnen nicht zugewiesen; die Manager des "
                + "Projekts entscheiden, wer welches Dokument annotiert.");
    }

    @Test
    void aConflictInABulkCallNamesItsItemInEachLanguage() {
        AnnotationConflictException stale = new AnnotationConflictException(Message.of(
                "annotation.refusal.conflict.span-stale", ID.toString(), "3", "4"), ID, 4L);
        AnnotationConflictException inBulk = new AnnotationConflictException("update[0]", stale);

        assertThat(inBulk.getMessage()).isEqualTo("update[0]: Span " + ID + " was changed elsewhere (another tab or "
                + "window?) since you loaded it: you sent version 3, it is now at version 4. Reload it and apply your "
                + "change again. Nothing was saved.");
        assertThat(inBulk.in(GERMAN)).isEqualTo("update[0]: Span " + ID + " wurde an anderer Stelle geändert (in "
                + "einem anderen Tab oder Fenster?), seit Sie ihn geladen haben: Sie haben Version 3 gesendet, jetzt "
                + "ist er bei Version 4. Laden Sie ihn neu und wenden Sie Ihre Änderung erneut an. Nichts wurde "
                + "gespeichert.");
        assertThat(inBulk.annotationId()).isEqualTo(ID);
        assertThat(inBulk.currentVersion()).isEqualTo(4L);
    }

    @Test
    void missingRequiredValuesAreListedInEachLanguage() {
        List<Message> one = List.of(Message.of("annotation.refusal.missing.span", "said", "Lexical", "'target'"));
        WorkQueue.RequiredValuesMissing single = new WorkQueue.RequiredValuesMissing(one);
        assertThat(single.getMessage())
                .isEqualTo("1 annotation lacks required values: span 'said' (Lexical): 'target' missing.");
        assertThat(single.in(GERMAN))
                .isEqualTo("Bei 1 Annotation fehlen Pflichtwerte: Span „said“ (Lexical): ohne Wert für 'target'.");
        assertThat(single.affectedAnnotations()).isEqualTo(1);

        List<Message> twelve = IntStream.range(0, 12).mapToObj(i -> Message.of(
                "annotation.refusal.missing.answer", "Left", "'confidence'")).toList();
        WorkQueue.RequiredValuesMissing many = new WorkQueue.RequiredValuesMissing(twelve);
        assertThat(many.getMessage()).startsWith("12 annotations lack required values: answer (Left): 'confidence' "
                + "missing; ").endsWith("; and 2 more.");
        assertThat(many.in(GERMAN)).startsWith("Bei 12 Annotationen fehlen Pflichtwerte: Antwort (Left): ohne Wert "
                + "für 'confidence'; ").endsWith("; und 2 weitere.");
    }

    @Test
    void tooFewAnnotatorsAgreesInNumber() {
        assertThat(Message.of("annotation.refusal.too-few-annotators", "3", 1, "1").english())
                .isEqualTo("each document needs 3 distinct annotators, and 1 is chosen; add members with the role "
                        + "annotator, or lower k");
        assertThat(Message.of("annotation.refusal.too-few-annotators", "3", 2, "2").in(GERMAN))
                .isEqualTo("jedes Dokument braucht 3 verschiedene Annotatoren, und 2 sind ausgewählt; fügen Sie "
                        + "Mitglieder mit der Rolle Annotator hinzu, oder verringern Sie k");
    }

    /** AnnotationChecks names its key by the attribute's type: every type has its text, in both languages. */
    @Test
    void everyAttributeTypeHasItsMisfit() {
        for (AttributeType type : AttributeType.values()) {
            String key = "annotation.refusal.misfit." + type.name().toLowerCase(Locale.ROOT);
            assertThat(Texts.all().in(Texts.ENGLISH)).as(key).containsKey(key);
            assertThat(Texts.all().in(GERMAN)).as(key).containsKey(key);
        }
    }
}
