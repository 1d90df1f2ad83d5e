package org.slant.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo's work file turned into Slant's jsonl: passages found by their words, offsets in code points. */
class DemoWorkTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** An emoji with a skin tone (two code points, four UTF-16 units), an NBSP and a CRLF before the passages. */
    private static final String TEXT = "Hi 👋🏽 NATO\u00a0talks.\r\nNATO left; NATO stayed.";
    private static final String HEADER = "seed\tlayer\tpassage\tana\tbo\tattributes\n";

    @Test
    void findsEachPassageAndCountsItsOffsetsInCodePoints() {
        DemoWork work = new DemoWork(Map.of("000", TEXT), HEADER
                + "# a comment\n"
                + "000\tAttribution\tNATO\u00a0talks\tSource\t-\t{\"mediated\": true}\n"
                + "000\tAttribution\tNATO@3\t-\tSource\t\n"
                + "000\tOverall tone\t\tNeutral\tImplicit anti\t\n", JSON);

        assertThat(work.annotators()).containsExactly("ana", "bo");
        JsonNode line = JSON.readTree(new String(work.jsonl(), StandardCharsets.UTF_8).strip());
        assertThat(line.get("text").asString()).isEqualTo(TEXT);
        JsonNode ana = line.get("annotations").get(0);
        assertThat(ana.get("annotator").asString()).isEqualTo("ana");
        assertThat(ana.get("status").asString()).isEqualTo("DONE");
        JsonNode span = ana.get("spans").get(0);
        assertThat(span.get("start").asInt()).isEqualTo(6);
        assertThat(span.get("end").asInt()).isEqualTo(16);
        assertThat(span.get("text").asString()).isEqualTo("NATO\u00a0talks");
        assertThat(span.get("attributes").get("mediated").asBoolean()).isTrue();
        assertThat(ana.get("answers").get(0).get("label").asString()).isEqualTo("Neutral");

        JsonNode bo = line.get("annotations").get(1);
        JsonNode third = bo.get("spans").get(0);
        int start = TEXT.codePointCount(0, TEXT.lastIndexOf("NATO"));
        assertThat(third.get("start").asInt()).isEqualTo(start);
        assertThat(third.get("end").asInt()).isEqualTo(start + 4);
        assertThat(bo.get("answers").get(0).get("label").asString()).isEqualTo("Implicit anti");
    }

    @Test
    void namesTheLineOfAPassageNotInItsText() {
        assertThatThrownBy(() -> new DemoWork(Map.of("000", TEXT), HEADER
                + "000\tFrame\tNATO talks\tPolitical\t-\t\n", JSON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("demo/work.tsv line 2: seed 000 has no 'NATO talks'");
        assertThatThrownBy(() -> new DemoWork(Map.of("000", TEXT), HEADER
                + "000\tFrame\tNATO@4\tPolitical\t-\t\n", JSON))
                .hasMessage("demo/work.tsv line 2: seed 000 has no occurrence 4 of 'NATO'");
        assertThatThrownBy(() -> new DemoWork(Map.of("000", TEXT), HEADER + "000\tFrame\tNATO\tPolitical\n", JSON))
                .hasMessage("demo/work.tsv line 2: expected 6 tab-separated columns, found 4");
    }
}
