package org.slant.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slant.schema.SchemaPreset.AttributeSpec;
import org.slant.schema.SchemaPreset.LabelSpec;
import org.slant.schema.SchemaPreset.LayerSpec;

/** Every preset against the published schemes as SCHEMAS.md (the design) lists them. */
class SchemaPresetsTest {

    private static final List<String> FIFTEEN_FRAMES = List.of("Economic", "Capacity and resources", "Morality",
            "Fairness and equality", "Legality, constitutionality and jurisprudence",
            "Policy prescription and evaluation", "Crime and punishment", "Security and defense",
            "Health and safety", "Quality of life", "Cultural identity", "Public opinion", "Political",
            "External regulation and reputation", "Other");
    private static final List<String> TONE_SCALE = List.of("Explicit pro", "Implicit pro", "Neutral",
            "Implicit anti", "Explicit anti");

    @Test
    void aNewLabelsColourIsThePalettesFirstOneNotTakenAndRepeatsOnceAllAre() {
        assertThat(SchemaPresets.unusedColour(List.of())).isEqualTo("#1f77b4");
        assertThat(SchemaPresets.unusedColour(List.of("#1F77B4", "#2ca02c"))).isEqualTo("#ff7f0e");
        assertThat(SchemaPresets.unusedColour(List.of("#123456"))).isEqualTo("#1f77b4");
        List<String> all = java.util.stream.IntStream.range(0, 23).mapToObj(SchemaPresets::paletteColour).toList();
        assertThat(all).doesNotHaveDuplicates();
        assertThat(SchemaPresets.unusedColour(all)).isEqualTo(SchemaPresets.paletteColour(23))
                .isEqualTo("#1f77b4");
    }

    @Test
    void framingHasTheFifteenFramesAsSpansAndAsTwoArticleQuestions() {
        SchemaPreset framing = preset("framing");
        assertThat(names(framing)).containsExactly("Frame", "Primary frame", "Headline frame");
        assertThat(layer(framing, "Frame").kind()).isEqualTo(LayerKind.SPAN);
        assertThat(layer(framing, "Frame").overlapAllowed()).isTrue();
        for (LayerSpec layer : framing.layers()) {
            assertThat(labels(layer)).as(layer.name()).containsExactlyElementsOf(FIFTEEN_FRAMES);
        }
        assertThat(layer(framing, "Primary frame").kind()).isEqualTo(LayerKind.DOCUMENT);
        assertThat(layer(framing, "Headline frame").kind()).isEqualTo(LayerKind.DOCUMENT);
    }

    @Test
    void sourcingHasSourceCueContentWithTheirAttributesAndTheDisclosureQuestion() {
        SchemaPreset sourcing = preset("sourcing");
        assertThat(names(sourcing)).containsExactly("Attribution", "Sourcing disclosure");
        LayerSpec attribution = layer(sourcing, "Attribution");
        assertThat(labels(attribution)).containsExactly("Source", "Cue", "Content");
        Map<String, AttributeSpec> attributes = attributes(attribution);
        assertThat(attributes.get("identification").options()).containsExactly("named", "unnamed-descriptive",
                "anonymous");
        assertThat(attributes.get("kind").options()).containsExactly("person/official", "organisation",
                "media outlet", "wire service", "document", "social media", "other");
        assertThat(attributes.get("mediated").type()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(attributes.get("via").type()).isEqualTo(AttributeType.TEXT);
        assertThat(attributes.get("via").conditionAttribute()).isEqualTo("mediated");
        assertThat(attributes.get("via").conditionValue()).isEqualTo("true");
        assertThat(List.of("identification", "kind", "mediated", "via"))
                .allSatisfy(name -> assertThat(attributes.get(name).label()).isEqualTo("Source"));
        assertThat(attributes.get("quote_type").options()).containsExactly("direct", "indirect", "mixed");
        assertThat(attributes.get("quote_type").label()).isEqualTo("Content");
        assertThat(attributes.get("speaker").type()).isEqualTo(AttributeType.ENTITY);
        assertThat(attributes.get("speaker").label()).isEqualTo("Content");
        LayerSpec disclosure = layer(sourcing, "Sourcing disclosure");
        assertThat(disclosure.kind()).isEqualTo(LayerKind.DOCUMENT);
        assertThat(labels(disclosure)).containsExactly("none", "wire (full)", "wire (partial)", "syndicated");
    }

    @Test
    void toneIsAnOrderedFivePointScaleWithATarget() {
        SchemaPreset tone = preset("tone");
        assertThat(names(tone)).containsExactly("Tone", "Overall tone");
        for (LayerSpec layer : tone.layers()) {
            assertThat(labels(layer)).containsExactlyElementsOf(TONE_SCALE);
            assertThat(layer.ordered()).as(layer.name()).isTrue();
        }
        assertThat(layer(tone, "Tone").kind()).isEqualTo(LayerKind.SPAN);
        assertThat(layer(tone, "Overall tone").kind()).isEqualTo(LayerKind.DOCUMENT);
        AttributeSpec target = attributes(layer(tone, "Tone")).get("target");
        assertThat(target.type()).isEqualTo(AttributeType.ENTITY);
        assertThat(target.label()).isNull();
    }

    @Test
    void basilHasLexicalAndInformationalBiasWithTargetPolarityAimAndQuotes() {
        LayerSpec bias = layer(preset("basil"), "Bias");
        assertThat(labels(bias)).containsExactly("Lexical", "Informational");
        Map<String, AttributeSpec> attributes = attributes(bias);
        assertThat(attributes.keySet()).containsExactly("target", "polarity", "aim", "in_quote", "speaker");
        assertThat(attributes.get("target").required()).isTrue();
        assertThat(attributes.get("target").type()).isEqualTo(AttributeType.ENTITY);
        assertThat(attributes.get("polarity").options()).containsExactly("positive", "negative");
        assertThat(attributes.get("aim").options()).containsExactly("direct", "indirect-ally", "indirect-opponent",
                "indirect-general");
        assertThat(attributes.get("in_quote").type()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(attributes.get("speaker").conditionAttribute()).isEqualTo("in_quote");
        assertThat(attributes.get("speaker").conditionValue()).isEqualTo("true");
    }

    @Test
    void persuasionHasTheTwentyThreeSemEvalTechniquesOverlapping() {
        LayerSpec techniques = layer(preset("persuasion"), "Persuasion technique");
        assertThat(techniques.overlapAllowed()).isTrue();
        assertThat(labels(techniques)).hasSize(23).containsExactly("Appeal_to_Authority", "Appeal_to_Popularity",
                "Appeal_to_Values", "Appeal_to_Fear-Prejudice", "Flag_Waving", "Causal_Oversimplification",
                "False_Dilemma-No_Choice", "Consequential_Oversimplification", "Straw_Man", "Red_Herring",
                "Whataboutism", "Slogans", "Appeal_to_Time", "Conversation_Killer", "Loaded_Language", "Repetition",
                "Exaggeration-Minimisation", "Obfuscation-Vagueness-Confusion", "Name_Calling-Labeling", "Doubt",
                "Guilt_by_Association", "Appeal_to_Hypocrisy", "Questioning_the_Reputation");
    }

    @Test
    void textHygieneMarksNonEditorialText() {
        LayerSpec nonEditorial = layer(preset("text-hygiene"), "Non-editorial");
        assertThat(labels(nonEditorial)).containsExactly("Promo headline", "App promo", "Advertisement", "Caption",
                "Related links", "Boilerplate");
    }

    @Test
    void everyPresetIsUsableAsItStands() {
        assertThat(SchemaPresets.all()).extracting(SchemaPreset::id).containsExactly("framing", "sourcing", "tone",
                "basil", "persuasion", "text-hygiene");
        for (SchemaPreset preset : SchemaPresets.all()) {
            for (LayerSpec layer : preset.layers()) {
                assertThat(layer.labels()).extracting(LabelSpec::colour).allMatch(c -> c.matches("#[0-9a-f]{6}"));
                List<String> keys = layer.labels().stream().map(LabelSpec::key).filter(k -> k != null).toList();
                assertThat(keys).as(layer.name() + " keys").doesNotHaveDuplicates();
                if (layer.kind() == LayerKind.DOCUMENT) {
                    assertThat(keys).as("article questions are answered by choice, not keys").isEmpty();
                }
            }
            List<String> spanKeys = preset.layers().stream().filter(layer -> layer.kind() == LayerKind.SPAN)
                    .flatMap(layer -> layer.labels().stream()).map(LabelSpec::key).filter(k -> k != null).toList();
            assertThat(spanKeys).as(preset.id()).doesNotHaveDuplicates();
        }
    }

    private static SchemaPreset preset(String id) {
        return SchemaPresets.byId(id).orElseThrow();
    }

    private static List<String> names(SchemaPreset preset) {
        return preset.layers().stream().map(LayerSpec::name).toList();
    }

    private static LayerSpec layer(SchemaPreset preset, String name) {
        return preset.layers().stream().filter(layer -> layer.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> labels(LayerSpec layer) {
        return layer.labels().stream().map(LabelSpec::name).toList();
    }

    private static Map<String, AttributeSpec> attributes(LayerSpec layer) {
        return layer.attributes().stream().collect(Collectors.toMap(AttributeSpec::name, a -> a, (a, b) -> a,
                LinkedHashMap::new));
    }
}
