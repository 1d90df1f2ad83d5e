package org.slant.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.curation.GoldService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curator's editor gets its texts for the browser in the reader's language: the annotator's, with the curator's
 * own over them (gold's read-only state is "marked curated"); and only placeholders the browser can fill in.
 */
@SlantSpringTest
class CuratorTextsTest {

    /** What the browser's t() fills in: {name}; not ICU's plurals, choices or quoting. */
    private static final Pattern NOT_SIMPLE = Pattern.compile("\\{[^}]*[^a-zA-Z0-9}][^}]*}|'\\{|'}|\\{}");

    @Autowired
    ApplicationContext context;
    @Autowired
    GoldService gold;
    @Autowired
    JsonMapper json;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void theCuratorsTextsAreTheAnnotatorsWithItsOwnOverThemInTheReadersLanguage() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        Map<String, String> english = texts(new GoldCurator(gold, json));
        assertThat(english).containsEntry("undo.title", "Undo (Ctrl+Z)")
                .containsEntry("read-only.note", "Marked curated: gold is read-only here. Reopen the curation to "
                        + "change it.")
                .containsEntry("lanes.units.other", "{count} units");

        KaribuViews.inGerman();
        Map<String, String> german = texts(new GoldCurator(gold, json));
        assertThat(german).containsEntry("undo.title", "Rückgängig (Strg+Z)")
                .containsEntry("read-only.note", "Als kuratiert markiert: Gold ist hier schreibgeschützt. Öffnen Sie "
                        + "die Kuratierung wieder, um es zu ändern.")
                .containsEntry("lanes.agreed", "{count} übereinstimmend");
        assertThat(german.keySet()).isEqualTo(english.keySet());
        for (Map<String, String> texts : java.util.List.of(english, german)) {
            assertThat(texts.entrySet()).allSatisfy(text -> assertThat(NOT_SIMPLE.matcher(text.getValue()).find())
                    .as(text.getKey() + ": " + text.getValue()).isFalse());
        }
    }

    private Map<String, String> texts(GoldCurator curator) {
        return json.readValue(curator.getElement().getProperty("texts"), new TypeReference<Map<String, String>>() { });
    }
}
