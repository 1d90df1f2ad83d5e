package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.curation.MergeReport.DocumentLeft;
import org.slant.curation.MergeReport.LeftItem;
import org.slant.platform.Message;
import tools.jackson.databind.json.JsonMapper;

/** The merge report's reasons: English word for word for the REST API, German for the merge dialog's German reader. */
class MergeReasonsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final UUID ID = UUID.fromString("0b5d8a2c-1f3e-4c7a-9d21-7e6f5a4b3c2d");

    @Test
    void tooFewAnnotatorsDoneAreCountedInEachLanguage() {
        MergeRule atLeast = MergeRule.of(MergeStrategy.AT_LEAST, 3);
        assertThat(atLeast.tooFew(1).english()).isEqualTo("only 1 annotator marked it done; AT_LEAST 3 needs 3");
        assertThat(atLeast.tooFew(1).in(GERMAN))
                .isEqualTo("nur 1 Annotator hat es als erledigt markiert; AT_LEAST 3 braucht 3");
        MergeRule majority = MergeRule.of(MergeStrategy.MAJORITY, null);
        assertThat(majority.tooFew(0).english()).isEqualTo("no annotator marked it done");
        assertThat(majority.tooFew(0).in(GERMAN)).isEqualTo("kein Annotator hat es als erledigt markiert");
        assertThat(atLeast.tooFew(2).english()).isEqualTo("only 2 annotators marked it done; AT_LEAST 3 needs 3");
        assertThat(majority.tooFew(1).in(GERMAN)).isEqualTo("nur 1 Annotator hat es als erledigt markiert");
    }

    @Test
    void aSpanLeftByAnOverlapNamesTheSpanInEachLanguage() throws Exception {
        Message span = Message.of("curation.merge-reason.span", "9", "18", "y said th", "Oppose");
        Message reason = Message.of("curation.merge-reason.overlaps-gold", span, "Frames");
        LeftItem left = new LeftItem(ID, "An article", ID, "Frames", ID, "Support", 3, 12, "Stoltenbe", 2, 3,
                reason);
        assertThat(left.reason()).isEqualTo("overlaps gold a person made at 9..18 'y said th' (Oppose); layer "
                + "'Frames' does not allow overlapping spans");
        assertThat(left.reason(GERMAN)).isEqualTo("überlappt Gold, das eine Person bei 9..18 „y said th“ (Oppose) "
                + "angelegt hat; die Ebene „Frames“ erlaubt keine überlappenden Spans");
        assertThat(JsonMapper.builder().build().writeValueAsString(left)).as("the REST API's fields, as before")
                .endsWith("\"support\":2,\"annotators\":3,\"reason\":\"" + left.reason() + "\"}")
                .doesNotContain("said\"");
    }

    @Test
    void aTieAndGoldThatAnswersAlreadyListTheirLabels() {
        Message tie = Message.of("curation.merge-reason.tie", Message.of("curation.merge-reason.and-more",
                Message.of("curation.merge-reason.tie-answer", "Left", "2", "4"),
                Message.of("curation.merge-reason.tie-answer", "Right", "2", "4")));
        assertThat(tie.english()).isEqualTo("tie: Left (2 of 4), Right (2 of 4) qualify alike, and each annotator "
                + "gave one answer");
        assertThat(tie.in(GERMAN)).isEqualTo("Gleichstand: Left (2 von 4), Right (2 von 4) erfüllen die Regel "
                + "gleichermaßen, und jeder Annotator gab eine Antwort");
        Message answered = Message.of("curation.merge-reason.answered-in-gold", "Stance",
                Message.of("curation.merge-reason.and-more", Message.of("curation.merge-reason.quoted", "Pro"),
                        Message.of("curation.merge-reason.quoted", "Contra")));
        assertThat(answered.english()).isEqualTo("gold a person made already answers 'Stance' with 'Pro', 'Contra'");
        assertThat(answered.in(GERMAN))
                .isEqualTo("von einer Person angelegtes Gold beantwortet „Stance“ bereits mit „Pro“, „Contra“");
    }

    @Test
    void aDocumentMarkedCurated() throws Exception {
        DocumentLeft curated = new DocumentLeft(ID, "An article", Message.of("curation.merge-reason.curated"));
        assertThat(curated.reason()).isEqualTo("marked curated");
        assertThat(curated.reason(GERMAN)).isEqualTo("als kuratiert markiert");
        assertThat(JsonMapper.builder().build().writeValueAsString(curated)).isEqualTo("{\"documentId\":\"" + ID
                + "\",\"title\":\"An article\",\"reason\":\"marked curated\"}");
        assertThat(Message.of("curation.merge-reason.marked-by-few", "1", "3", "MAJORITY", "2").in(GERMAN))
                .isEqualTo("von 1 der 3 Annotatoren markiert; MAJORITY braucht 2");
    }
}
