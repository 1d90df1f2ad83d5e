package org.slant.annotation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.schema.SchemaPreset.LabelSpec;
import org.slant.schema.SchemaPresets;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapping shipped in docs/mappings renames PTC's 2020 technique names to those of the SemEval-2023 preset; the two
 * classes 2023 split in parts (Bandwagon with Reductio ad hitlerum; Whataboutism with Straw Men and Red Herring) are
 * left as they are, since no one 2023 label says what they say.
 */
class PtcMappingFileTest {

    static final List<String> PTC_2020 = List.of("Appeal_to_Authority", "Appeal_to_fear-prejudice",
            "Bandwagon,Reductio_ad_hitlerum", "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt",
            "Exaggeration,Minimisation", "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling", "Repetition",
            "Slogans", "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring");

    @Test
    void everyPtcTechniqueButTheTwoSplitOnesIsALabelOfThePersuasionPreset() throws IOException {
        byte[] file = Files.readAllBytes(Path.of("docs/mappings/ptc-2020-to-semeval-2023.json"));
        ImportProblems problems = new ImportProblems();
        LabelMapping mapping = LabelMappingFile.read(new UploadedFile("ptc-2020-to-semeval-2023.json",
                "ptc-2020-to-semeval-2023.json", file), JsonMapper.builder().build(), problems);
        List<String> preset = SchemaPresets.byId(SchemaPresets.PERSUASION).orElseThrow().layers().getFirst()
                .labels().stream().map(LabelSpec::name).toList();

        assertThat(problems.list()).isEmpty();
        assertThat(PTC_2020.stream().filter(name -> !preset.contains(mapping.label(null, name))))
                .containsExactly("Bandwagon,Reductio_ad_hitlerum", "Whataboutism,Straw_Men,Red_Herring");
        assertThat(mapping.label(null, "Black-and-White_Fallacy")).isEqualTo("False_Dilemma-No_Choice");
        assertThat(mapping.label(null, "Thought-terminating_Cliches")).isEqualTo("Conversation_Killer");
    }
}
