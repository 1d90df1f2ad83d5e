package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.curation.UnanimousCuration.NotUnanimousException;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import tools.jackson.databind.json.JsonMapper;

/** Curation's refusals read in German for a German reader, while the REST API and the log keep their English. */
class CurationRefusalsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final UUID ID = UUID.fromString("0b7e4f52-9c1d-4e0a-8f3b-2d6a1c5e7f90");

    @Test
    void aMergeRuleIsRefusedInTheReadersLanguage() {
        InvalidInputException noStrategy = catchThrowableOfType(InvalidInputException.class,
                () -> MergeRule.of(null, null));
        assertThat(noStrategy.getMessage()).isEqualTo("strategy: required: one of UNANIMOUS, MAJORITY, AT_LEAST");
        assertThat(noStrategy.in(GERMAN)).isEqualTo("strategy: erforderlich: UNANIMOUS, MAJORITY oder AT_LEAST");

        InvalidInputException threshold = catchThrowableOfType(InvalidInputException.class,
                () -> MergeRule.of(MergeStrategy.AT_LEAST, -1234));
        assertThat(threshold.getMessage()).as("the threshold as given, not grouped").isEqualTo("minAnnotators: must "
                + "be 1 or more (how many annotators must have made a span or answer for AT_LEAST to take it), got "
                + "-1234");
        assertThat(threshold.in(GERMAN)).isEqualTo("minAnnotators: muss 1 oder mehr sein (wie viele Annotatoren einen "
                + "Span oder eine Antwort erstellt haben müssen, damit AT_LEAST ihn oder sie übernimmt), nicht -1234");
    }

    @Test
    void aCuratedDocumentsGoldIsReadOnlyInBothLanguages() {
        DocumentCuratedException curated = new DocumentCuratedException(ID);
        assertThat(curated.getMessage()).isEqualTo("This document is marked curated, so its gold is read-only: reopen "
                + "its curation (POST /api/v1/documents/" + ID + "/gold/reopen, or Reopen in the curation view) to "
                + "change it.");
        assertThat(curated.in(GERMAN)).isEqualTo("Dieses Dokument ist als kuratiert markiert, daher ist sein Gold "
                + "schreibgeschützt: Öffnen Sie seine Kuratierung wieder (POST /api/v1/documents/" + ID
                + "/gold/reopen oder „Zum Ändern wieder öffnen“ in der Kuratierungsansicht), um es zu ändern.");
        assertThat(curated.in(Locale.FRENCH)).isEqualTo(curated.getMessage());
    }

    /** GoldService's stale(): the key is made of "span" or "answer"; both read as they did in English. */
    @Test
    void goldChangedElsewhereIsAConflictInEitherLanguage() {
        for (String what : List.of("span", "answer")) {
            GoldConflictException stale = new GoldConflictException(Message.of("curation.refusal.stale." + what,
                    ID.toString(), "1234", "1235"), ID, 1235L);
            assertThat(stale.getMessage()).isEqualTo("Gold " + what + " " + ID + " was changed elsewhere since you "
                    + "loaded it: you sent version 1234, it is now at version 1235. Reload it and apply your change "
                    + "again.");
            assertThat(stale.in(GERMAN)).startsWith(what.equals("span") ? "Gold-Span " + ID : "Gold-Antwort " + ID)
                    .contains("Sie haben Version 1234 gesendet").endsWith("erneut an.");
        }
        GoldConflictException exists = new GoldConflictException(Message.of("curation.refusal.span-exists",
                ID.toString(), "7"), ID, 7L);
        assertThat(exists.getMessage()).isEqualTo("Gold span " + ID + " already exists with other content; change it "
                + "with its version (7), or create with a new id");
        assertThat(exists.in(GERMAN)).isEqualTo("Gold-Span " + ID + " existiert bereits mit anderem Inhalt; ändern "
                + "Sie ihn mit seiner Version (7) oder erstellen Sie ihn mit einer neuen ID");
    }

    @Test
    void anOverlappingGoldSpanIsListedInTheReadersLanguage() {
        InvalidInputException refused = InvalidInputException.listing(Message.of("curation.refusal.span-not-saved"),
                List.of(new Problem("label", "written in English only"), Problem.of("start",
                        Message.of("curation.refusal.overlap", "1234", "1240", "y sa'", "Framing"))));
        assertThat(refused.getMessage()).isEqualTo("The gold span cannot be saved: label: written in English only; "
                + "start: overlaps the gold span at 1234..1240 ('y sa''), and layer 'Framing' does not allow "
                + "overlapping spans");
        assertThat(refused.in(GERMAN)).isEqualTo("Der Gold-Span kann nicht gespeichert werden: label: written in "
                + "English only; start: überlappt den Gold-Span bei 1234..1240 („y sa'“), und die Ebene „Framing“ "
                + "erlaubt keine überlappenden Spans");
    }

    @Test
    void anAnnotatorAskingForSomeoneElsesFiguresIsRefused() {
        ForbiddenException refused = new ForbiddenException(Message.of("curation.refusal.own-figures-only"));
        assertThat(refused.getMessage()).isEqualTo("Annotators see only their own figures against gold: leave out "
                + "annotator, or name yourself.");
        assertThat(refused.in(GERMAN)).isEqualTo("Annotatoren sehen nur ihre eigenen Werte gegen das Gold: Lassen Sie "
                + "den Annotator weg oder nennen Sie sich selbst.");
        InvalidInputException layers = InvalidInputException.listing(Message.of("curation.refusal.unknown-layer"),
                List.of(Problem.of("layer", Message.of("curation.refusal.no-layer-named", "Frames"))));
        assertThat(layers.getMessage()).isEqualTo("Unknown layer: layer: the project has no layer named 'Frames'");
        assertThat(layers.in(GERMAN)).isEqualTo("Unbekannte Ebene: layer: das Projekt hat keine Ebene namens „Frames“");
    }

    @Test
    void aDocumentLeftByUnanimousCurationGivesItsReasonInTheReadersLanguage() throws Exception {
        NotUnanimousException changed = new NotUnanimousException(Message.of("curation.refusal.work-changed"));
        assertThat(changed.getMessage()).isEqualTo("its annotators' work has changed since: they no longer all agree");
        UnanimousCurated.Left left = new UnanimousCurated.Left(ID, "An article", changed.getMessage(), changed);
        assertThat(left.reason()).isEqualTo(changed.getMessage());
        assertThat(left.reason(GERMAN))
                .isEqualTo("seine Annotatoren haben ihre Arbeit seitdem geändert und stimmen nicht mehr alle überein");
        assertThat(new UnanimousCurated.Left(ID, "An article", "in English only").reason(GERMAN))
                .isEqualTo("in English only");
        assertThat(JsonMapper.builder().build().writeValueAsString(left)).as("the REST API's fields, as before")
                .isEqualTo("{\"documentId\":\"" + ID + "\",\"title\":\"An article\",\"reason\":\"its annotators' "
                        + "work has changed since: they no longer all agree\"}");

        NotUnanimousException notAll = new NotUnanimousException(Message.of("curation.refusal.not-all-into-gold",
                List.of("9..13 'y sa': start: overlaps").toString()));
        assertThat(notAll.getMessage()).isEqualTo("not all of the work could go into gold: [9..13 'y sa': start: "
                + "overlaps]");
        assertThat(notAll.in(GERMAN)).isEqualTo("nicht die ganze Arbeit konnte ins Gold übernommen werden: [9..13 "
                + "'y sa': start: overlaps]");
        NotUnanimousException goldHolds = new NotUnanimousException(Message.of("curation.refusal.gold-holds-other"));
        assertThat(goldHolds.getMessage()).isEqualTo("its gold already holds spans or answers that are not the "
                + "annotators' work: curate it in the curation view");
    }
}
