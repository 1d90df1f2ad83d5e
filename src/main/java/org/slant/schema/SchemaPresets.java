package org.slant.schema;

import static org.slant.schema.AttributeType.BOOLEAN;
import static org.slant.schema.AttributeType.CHOICE;
import static org.slant.schema.AttributeType.ENTITY;
import static org.slant.schema.AttributeType.TEXT;
import static org.slant.schema.LayerKind.DOCUMENT;
import static org.slant.schema.LayerKind.SPAN;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slant.schema.SchemaPreset.AttributeSpec;
import org.slant.schema.SchemaPreset.LabelSpec;
import org.slant.schema.SchemaPreset.LayerSpec;

/** The media-bias schemes Slant ships with (see docs/schemas.md for their sources). */
public final class SchemaPresets {

    public static final String FRAMING = "framing";
    public static final String SOURCING = "sourcing";
    public static final String TONE = "tone";
    public static final String BASIL = "basil";
    public static final String PERSUASION = "persuasion";
    public static final String TEXT_HYGIENE = "text-hygiene";

    /** The fifteen frame dimensions of the Policy Frames Codebook, in its order. */
    public static final List<String> FRAMES = List.of("Economic", "Capacity and resources", "Morality",
            "Fairness and equality", "Legality, constitutionality and jurisprudence",
            "Policy prescription and evaluation", "Crime and punishment", "Security and defense",
            "Health and safety", "Quality of life", "Cultural identity", "Public opinion", "Political",
            "External regulation and reputation", "Other");

    /** The tone scale of the Media Frames Corpus, from most favourable to least. */
    public static final List<String> TONES = List.of("Explicit pro", "Implicit pro", "Neutral", "Implicit anti",
            "Explicit anti");

    /** SemEval-2023 Task 3's 23 persuasion techniques. */
    public static final List<String> PERSUASION_TECHNIQUES = List.of("Appeal_to_Authority", "Appeal_to_Popularity",
            "Appeal_to_Values", "Appeal_to_Fear-Prejudice", "Flag_Waving", "Causal_Oversimplification",
            "False_Dilemma-No_Choice", "Consequential_Oversimplification", "Straw_Man", "Red_Herring",
            "Whataboutism", "Slogans", "Appeal_to_Time", "Conversation_Killer", "Loaded_Language", "Repetition",
            "Exaggeration-Minimisation", "Obfuscation-Vagueness-Confusion", "Name_Calling-Labeling", "Doubt",
            "Guilt_by_Association", "Appeal_to_Hypocrisy", "Questioning_the_Reputation");

    /** A categorical palette that stays distinguishable as underlines and highlights. */
    private static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39",
            "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363", "#9c9ede", "#cedb9c", "#e7969c");

    /**
     * A colour for a new label of a layer whose labels have the {@code taken} colours: the palette's first one none
     * of them has, so that a new label is told apart from the others at once; once all are taken, they repeat.
     */
    public static String unusedColour(Collection<String> taken) {
        Set<String> used = taken.stream().map(colour -> colour.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return PALETTE.stream().filter(colour -> !used.contains(colour)).findFirst()
                .orElseGet(() -> paletteColour(taken.size()));
    }

    /** The palette's colour for the {@code index}-th label (0-based), for labels made without a chosen colour. */
    public static String paletteColour(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    private static final List<String> FRAME_KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "l",
            "n", "t", "x", "z");
    /** The tone scale on one row of keys, left to right as on the scale. */
    private static final List<String> TONE_KEYS = List.of("y", "u", "i", "o", "p");
    private static final List<String> TONE_COLOURS = List.of("#1a9641", "#a6d96a", "#9e9e9e", "#fdae61",
            "#d7191c");

    private static final List<SchemaPreset> ALL = List.of(framing(), sourcing(), tone(), basil(), persuasion(),
            textHygiene());

    private SchemaPresets() {
    }

    public static List<SchemaPreset> all() {
        return ALL;
    }

    public static Optional<SchemaPreset> byId(String id) {
        return ALL.stream().filter(preset -> preset.id().equalsIgnoreCase(id)).findFirst();
    }

    private static SchemaPreset framing() {
        List<LabelSpec> spanLabels = labels(FRAMES, FRAME_KEYS);
        List<LabelSpec> answerLabels = labels(FRAMES, null);
        return new SchemaPreset(FRAMING, "Framing (Media Frames Corpus)",
                "Card et al. 2015; Boydstun et al., Policy Frames Codebook", List.of(
                new LayerSpec("Frame", SPAN, true, false,
                        "Passages that frame the issue through one of the 15 Policy Frames Codebook dimensions.",
                        spanLabels, List.of()),
                new LayerSpec("Primary frame", DOCUMENT, false, false,
                        "The dominant frame of the whole article.", answerLabels, List.of()),
                new LayerSpec("Headline frame", DOCUMENT, false, false,
                        "The frame of the headline.", answerLabels, List.of())));
    }

    private static SchemaPreset sourcing() {
        return new SchemaPreset(SOURCING, "Sourcing and attribution",
                "after PARC (Pareti 2016: source, cue, content) and journalism sourcing codebooks", List.of(
                new LayerSpec("Attribution", SPAN, true, false,
                        "Who is said to have said what: the source, the cue that introduces it and the content.",
                        List.of(new LabelSpec("Source", "#1f77b4", "s", "Who the content is attributed to."),
                                new LabelSpec("Cue", "#ff7f0e", "c",
                                        "The words that introduce the content (said, according to, told)."),
                                new LabelSpec("Content", "#2ca02c", "q", "What is attributed: the quote or claim.")),
                        List.of(new AttributeSpec("Source", "identification", CHOICE,
                                        List.of("named", "unnamed-descriptive", "anonymous"), false, null, null,
                                        "How far the reader can tell who the source is."),
                                new AttributeSpec("Source", "kind", CHOICE,
                                        List.of("person/official", "organisation", "media outlet", "wire service",
                                                "document", "social media", "other"), false, null, null,
                                        "What sort of source it is."),
                                new AttributeSpec("Source", "mediated", BOOLEAN, List.of(), false, null, null,
                                        "The outlet got it second-hand (e.g. \"according to CNN\")."),
                                new AttributeSpec("Source", "via", TEXT, List.of(), false, "mediated", "true",
                                        "Who the outlet got it from (e.g. CNN)."),
                                new AttributeSpec("Content", "quote_type", CHOICE,
                                        List.of("direct", "indirect", "mixed"), false, null, null,
                                        "Direct quotation, paraphrase, or both."),
                                new AttributeSpec("Content", "speaker", ENTITY, List.of(), false, null, null,
                                        "Whose words they are."))),
                new LayerSpec("Sourcing disclosure", DOCUMENT, false, false,
                        "What the article says about where its copy comes from.",
                        List.of(new LabelSpec("none", "#7f7f7f", null, "No disclosure."),
                                new LabelSpec("wire (full)", "#1f77b4", null, "Wire copy throughout."),
                                new LabelSpec("wire (partial)", "#17becf", null,
                                        "Based in part on wire service reports."),
                                new LabelSpec("syndicated", "#9467bd", null, "Republished from another outlet.")),
                        List.of())));
    }

    private static SchemaPreset tone() {
        List<LabelSpec> spanLabels = new ArrayList<>();
        List<LabelSpec> answerLabels = new ArrayList<>();
        for (int i = 0; i < TONES.size(); i++) {
            spanLabels.add(new LabelSpec(TONES.get(i), TONE_COLOURS.get(i), TONE_KEYS.get(i), ""));
            answerLabels.add(new LabelSpec(TONES.get(i), TONE_COLOURS.get(i), null, ""));
        }
        return new SchemaPreset(TONE, "Tone", "Media Frames Corpus tone scale; target-dependent sentiment (NewsMTSC)",
                List.of(new LayerSpec("Tone", SPAN, true, true,
                                "The tone of a passage toward its target, on an ordered five-point scale.",
                                spanLabels,
                                List.of(new AttributeSpec(null, "target", ENTITY, List.of(), false, null, null,
                                        "Who or what the tone is toward."))),
                        new LayerSpec("Overall tone", DOCUMENT, false, true,
                                "The tone of the whole article.", answerLabels, List.of())));
    }

    private static SchemaPreset basil() {
        return new SchemaPreset(BASIL, "BASIL (lexical and informational bias)",
                "Fan et al. 2019, \"In Plain Sight: Media Bias Through the Lens of Factual Reporting\"", List.of(
                new LayerSpec("Bias", SPAN, true, false,
                        "Wording or content that sways the reader toward or against a target.",
                        List.of(new LabelSpec("Lexical", "#d62728", "l",
                                        "Wording that could be neutralised without losing information."),
                                new LabelSpec("Informational", "#9467bd", "f",
                                        "A clause or sentence of tangential, speculative or selected information "
                                                + "that sways the reader.")),
                        List.of(new AttributeSpec(null, "target", ENTITY, List.of(), true, null, null,
                                        "Who or what the bias is toward."),
                                new AttributeSpec(null, "polarity", CHOICE, List.of("positive", "negative"), false,
                                        null, null, "Whether it favours or disfavours the target."),
                                new AttributeSpec(null, "aim", CHOICE,
                                        List.of("direct", "indirect-ally", "indirect-opponent", "indirect-general"),
                                        false, null, null, "Whom the bias is ultimately aimed at."),
                                new AttributeSpec(null, "in_quote", BOOLEAN, List.of(), false, null, null,
                                        "The biased words are inside a quotation."),
                                new AttributeSpec(null, "speaker", ENTITY, List.of(), false, "in_quote", "true",
                                        "Who is quoted.")))));
    }

    private static SchemaPreset persuasion() {
        return new SchemaPreset(PERSUASION, "Persuasion techniques (SemEval-2023 Task 3)",
                "Piskorski et al. 2023, SemEval-2023 Task 3, subtask 3", List.of(
                new LayerSpec("Persuasion technique", SPAN, true, false,
                        "Rhetorical and psychological techniques meant to persuade.",
                        labels(PERSUASION_TECHNIQUES, null), List.of())));
    }

    private static SchemaPreset textHygiene() {
        return new SchemaPreset(TEXT_HYGIENE, "Text hygiene",
                "Slant: page furniture kept out of training data", List.of(
                new LayerSpec("Non-editorial", SPAN, false, false,
                        "Text that is not the article's reporting. Exports can drop or mask it.",
                        List.of(new LabelSpec("Promo headline", "#8c6d31", "h",
                                        "Another story's headline inserted into the body, often in capitals."),
                                new LabelSpec("App promo", "#843c39", "j",
                                        "A call to install an app or subscribe."),
                                new LabelSpec("Advertisement", "#7b4173", "v", "An advertisement or its marker."),
                                new LabelSpec("Caption", "#637939", "k", "A photo or video caption or credit."),
                                new LabelSpec("Related links", "#393b79", "r", "Lists of other articles."),
                                new LabelSpec("Boilerplate", "#636363", "b",
                                        "Comment policies, newsletter blurbs, bylines and other page furniture.")),
                        List.of())));
    }

    private static List<LabelSpec> labels(List<String> names, List<String> keys) {
        List<LabelSpec> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            labels.add(new LabelSpec(names.get(i), PALETTE.get(i % PALETTE.size()),
                    keys == null ? null : keys.get(i), ""));
        }
        return labels;
    }
}
