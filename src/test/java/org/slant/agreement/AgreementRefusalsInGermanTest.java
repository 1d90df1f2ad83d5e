package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;

/** The agreement report's refusals: English word for word for the REST API, German for a German reader. */
class AgreementRefusalsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void anUnknownLayerIsListedInEachLanguage() {
        InvalidInputException refused = InvalidInputException.listing(Message.of("agreement.refusal.unknown-layer"),
                List.of(Problem.of("layer", Message.of("agreement.refusal.no-layer", "Frmaes"))));
        assertThat(refused.getMessage()).isEqualTo("Unknown layer: layer: the project has no layer named 'Frmaes'");
        assertThat(refused.problems()).containsExactly(
                new Problem("layer", "the project has no layer named 'Frmaes'"));
        assertThat(refused.in(GERMAN))
                .isEqualTo("Unbekannte Ebene: layer: das Projekt hat keine Ebene namens „Frmaes“");
    }

    @Test
    void anAnnotatorNamedGoldIsRefusedInEachLanguage() {
        InvalidInputException refused = InvalidInputException.of("includeGold",
                Message.of("agreement.refusal.gold-namesake", GoldRater.NAME));
        assertThat(refused.getMessage()).isEqualTo("includeGold: an annotator of this project is named 'gold', the "
                + "name gold has in the report: leave out includeGold, or leave that annotator out");
        assertThat(refused.in(GERMAN)).isEqualTo("includeGold: ein Annotator dieses Projekts heißt „gold“, wie Gold "
                + "im Bericht heißt: Lassen Sie includeGold weg oder lassen Sie diesen Annotator aus");
    }
}
