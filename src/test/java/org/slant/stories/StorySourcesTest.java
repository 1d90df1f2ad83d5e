package org.slant.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.stories.SourcesCompared.Article;
import org.slant.stories.SourcesCompared.CitedSource;
import org.slant.stories.SourcesCompared.CueWord;
import org.slant.stories.SourcesCompared.LabelShare;
import org.slant.stories.SourcesCompared.OutletColumn;
import org.slant.stories.SourcesCompared.SourceWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@link SourcesStory}'s tables worked out by hand, against PostgreSQL; and who may see which. */
@SlantSpringTest
class StorySourcesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    StorySources sources;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;

    SourcesStory story;

    @BeforeEach
    void theStory() {
        story = new SourcesStory(context);
    }

    @Test
    void everyonesWorkPooledOutletByOutlet() {
        SourcesCompared compared = ActingAs.user(story.manager, () -> sources.compare(story.storyId,
                WorkSource.ANNOTATORS, null));

        assertThat(compared.storyId()).isEqualTo(story.storyId);
        assertThat(compared.story()).isEqualTo(story.storyTitle);
        assertThat(compared.projectId()).isEqualTo(story.projectId);
        assertThat(compared.source()).isEqualTo("annotators");
        assertThat(compared.annotator()).isNull();
        assertThat(compared.annotators()).containsExactly(story.alice, story.bob);
        assertThat(compared.notes()).isEmpty();
        assertThat(compared.attributionLayer()).isEqualTo("Attribution");
        assertThat(compared.sourceAttributes()).containsExactly("identification", "kind", "mediated", "via");
        assertThat(compared.shareLayers()).containsExactly("Frame", "Tone", "Non-editorial");
        assertThat(compared.outlets()).extracting(OutletColumn::name, OutletColumn::words, OutletColumn::annotators)
                .containsExactly(tuple("Daily Ledger", 17, 2), tuple("Fox News", 26, 1), tuple("UPI", 28, 2));
        assertThat(compared.outlets().get(2).articles()).containsExactly(
                new Article(story.upi1, "NATO chief warns", 17, 1, null),
                new Article(story.upi2, "Russia's envoy", 11, 1, null));

        Map<String, String> named = attributes("named", "person/official");
        Map<String, String> mediated = new LinkedHashMap<>(named);
        mediated.put("mediated", "true");
        mediated.put("via", "CNN");
        assertThat(compared.sources()).containsExactly(
                new CitedSource("Stoltenberg", "stoltenberg", named, List.of(2, 0, 0), 2),
                new CitedSource("A senior official", "a senior official", attributes("anonymous", "person/official"),
                        List.of(0, 1, 0), 1),
                new CitedSource("Jens Stoltenberg", "jens stoltenberg", mediated, List.of(0, 0, 1), 1),
                new CitedSource("Jens Stoltenberg", "jens stoltenberg", named, List.of(0, 1, 0), 1),
                new CitedSource("NATO officials", "nato officials", attributes("unnamed-descriptive", "organisation"),
                        List.of(1, 0, 0), 1),
                new CitedSource("Russia's envoy", "russia's envoy", attributes("unnamed-descriptive",
                        "person/official"), List.of(0, 0, 1), 1));
        // the attribute values in the schema's order
        assertThat(compared.sources().get(2).attributes().keySet()).containsExactly("identification", "kind",
                "mediated", "via");

        assertThat(compared.cues()).containsExactly(
                new CueWord("said", List.of(2, 1, 0), 3),
                new CueWord("claimed", List.of(1, 1, 0), 2),
                new CueWord("according to", List.of(0, 0, 1), 1),
                new CueWord("says", List.of(0, 0, 1), 1),
                new CueWord("warned", List.of(0, 0, 1), 1));

        assertThat(compared.words()).containsExactly(
                // bob's Daily Ledger quote by its speaker; alice's Fox and UPI quotes by the nearest Source
                new SourceWords("Jens Stoltenberg", "jens stoltenberg", List.of(1, 1, 1), List.of(8, 8, 6), 22, 1),
                new SourceWords("Stoltenberg", "stoltenberg", List.of(1, 0, 0), List.of(8, 0, 0), 8, 0),
                new SourceWords("NATO officials", "nato officials", List.of(1, 0, 0), List.of(4, 0, 0), 4, 0),
                new SourceWords("Russia's envoy", "russia's envoy", List.of(0, 0, 1), List.of(0, 0, 4), 4, 0),
                new SourceWords("A senior official", "a senior official", List.of(0, 1, 0), List.of(0, 1, 0), 1, 0),
                // "No date was set": no Source in its paragraph (after CRLF CRLF)
                new SourceWords(null, null, List.of(0, 0, 1), List.of(0, 0, 4), 4, 0));

        String frameColour = story.frame.labels().stream().filter(label -> label.name().equals(
                "Security and defense")).findFirst().orElseThrow().colour();
        assertThat(compared.labels()).containsExactly(
                // alice's and bob's overlapping spans cover 10 words of the Daily Ledger's 17, not 18
                new LabelShare("Frame", "Security and defense", frameColour, List.of(2, 0, 1), List.of(10, 0, 17),
                        shares(10 / 17.0, 0.0, 17 / 28.0)),
                new LabelShare("Tone", "Neutral", "#9e9e9e", List.of(0, 0, 1), List.of(0, 0, 4),
                        shares(0.0, 0.0, 4 / 28.0)),
                new LabelShare("Tone", "Implicit anti", "#fdae61", List.of(1, 0, 0), List.of(7, 0, 0),
                        shares(7 / 17.0, 0.0, 0.0)),
                new LabelShare("Non-editorial", "Promo headline", "#8c6d31", List.of(0, 1, 0), List.of(0, 4, 0),
                        shares(0.0, 4 / 26.0, 0.0)));
    }

    @Test
    void oneAnnotatorsWork() {
        SourcesCompared alices = ActingAs.user(story.curator, () -> sources.compare(story.storyId,
                WorkSource.ANNOTATORS, story.alice));

        assertThat(alices.annotator()).isEqualTo(story.alice);
        assertThat(alices.annotators()).containsExactly(story.alice);
        assertThat(alices.outlets()).extracting(OutletColumn::annotators).containsExactly(1, 1, 1);
        assertThat(alices.cues()).containsExactly(
                new CueWord("claimed", List.of(1, 1, 0), 2),
                new CueWord("said", List.of(1, 1, 0), 2),
                new CueWord("according to", List.of(0, 0, 1), 1),
                new CueWord("warned", List.of(0, 0, 1), 1));
        assertThat(alices.words()).extracting(SourceWords::source, SourceWords::words).containsExactly(
                tuple("Jens Stoltenberg", List.of(0, 8, 6)), tuple("Stoltenberg", List.of(8, 0, 0)),
                tuple("NATO officials", List.of(4, 0, 0)), tuple("A senior official", List.of(0, 1, 0)));
        assertThat(alices.labels()).extracting(LabelShare::label, LabelShare::spans, LabelShare::words)
                .containsExactly(tuple("Security and defense", List.of(1, 0, 1), List.of(10, 0, 17)),
                        tuple("Promo headline", List.of(0, 1, 0), List.of(0, 4, 0)));
    }

    @Test
    void gold() {
        SourcesCompared gold = ActingAs.user(story.manager, () -> sources.compare(story.storyId, WorkSource.GOLD,
                null));

        assertThat(gold.source()).isEqualTo("gold");
        assertThat(gold.annotators()).isEmpty();
        assertThat(gold.outlets().stream().flatMap(outlet -> outlet.articles().stream()).map(Article::gold))
                .containsExactly("NOT_STARTED", "IN_PROGRESS", "NOT_STARTED", "NOT_STARTED");
        assertThat(gold.outlets()).extracting(OutletColumn::annotators).containsExactly(0, 0, 0);
        assertThat(gold.sources()).containsExactly(new CitedSource("Jens Stoltenberg", "jens stoltenberg",
                attributes("named", "person/official"), List.of(0, 1, 0), 1));
        assertThat(gold.cues()).containsExactly(new CueWord("said", List.of(0, 1, 0), 1));
        assertThat(gold.words()).containsExactly(new SourceWords("Jens Stoltenberg", "jens stoltenberg",
                List.of(0, 1, 0), List.of(0, 8, 0), 8, 0));
        assertThat(gold.labels()).isEmpty();
        assertThat(gold.notes()).isEmpty();
    }

    @Test
    void anAnnotatorComparesByTheirOwnWorkOnly() {
        SourcesCompared own = ActingAs.user(story.bob, () -> sources.compare(story.storyId, WorkSource.ANNOTATORS,
                story.bob));
        assertThat(own.annotators()).containsExactly(story.bob);
        assertThat(own.cues()).extracting(CueWord::cue).containsExactly("said", "says");
        assertThat(ActingAs.user(story.bob, () -> sources.whoseWork(story.storyId)))
                .isEqualTo(new WhoseWork(false, List.of(story.bob), story.bob));

        assertThatThrownBy(() -> ActingAs.user(story.bob, () -> sources.compare(story.storyId,
                WorkSource.ANNOTATORS, null))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("annotator=<your username>");
        assertThatThrownBy(() -> ActingAs.user(story.bob, () -> sources.compare(story.storyId,
                WorkSource.ANNOTATORS, story.alice))).isInstanceOf(ForbiddenException.class)
                .hasMessageNotContaining(story.alice);
        assertThatThrownBy(() -> ActingAs.user(story.bob, () -> sources.compare(story.storyId, WorkSource.GOLD,
                null))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void managersChooseAmongEveryoneWithSpansInTheStory() {
        WhoseWork whose = ActingAs.user(story.manager, () -> sources.whoseWork(story.storyId));

        assertThat(whose).isEqualTo(new WhoseWork(true, List.of(story.alice, story.bob), story.manager));
    }

    @Test
    void unknownStoriesOutsidersAndBadParameters() {
        assertThatThrownBy(() -> sources.compare(UUID.randomUUID(), WorkSource.ANNOTATORS, null))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("Story ");
        String outsider = new SourcesStory(context).manager;
        assertThatThrownBy(() -> ActingAs.user(outsider, () -> sources.compare(story.storyId,
                WorkSource.ANNOTATORS, null))).isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining(story.projectId.toString());
        assertThatThrownBy(() -> ActingAs.user(story.manager, () -> sources.compare(story.storyId,
                WorkSource.ANNOTATORS, "nobody"))).isInstanceOf(InvalidInputException.class)
                .satisfies(thrown -> assertThat(((InvalidInputException) thrown).problems().getFirst().where())
                        .isEqualTo("annotator"));
        assertThatThrownBy(() -> ActingAs.user(story.manager, () -> sources.compare(story.storyId,
                WorkSource.GOLD, story.alice))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("annotator:");
    }

    @Test
    void aProjectWithoutTheLayersIsToldSo() {
        UUID projectId = corpus.createProject("Frames only " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        corpus.addDocuments(projectId, List.of(new NewDocument("One", "Stoltenberg said so.", "UPI", "Talks", null,
                null, null, Map.of())));
        UUID storyId = corpus.stories(projectId).getFirst().getId();

        SourcesCompared compared = sources.compare(storyId, WorkSource.ANNOTATORS, null);

        assertThat(compared.attributionLayer()).isNull();
        assertThat(compared.sourceAttributes()).isEmpty();
        assertThat(compared.shareLayers()).containsExactly("Frame");
        assertThat(compared.notes()).hasSize(3).anySatisfy(note -> assertThat(note).contains("'Attribution'"))
                .anySatisfy(note -> assertThat(note).contains("'Tone'"))
                .anySatisfy(note -> assertThat(note).contains("'Non-editorial'"));
        assertThat(compared.outlets()).extracting(OutletColumn::name, OutletColumn::words)
                .containsExactly(tuple("UPI", 3));
        assertThat(compared.sources()).isEmpty();
        assertThat(compared.cues()).isEmpty();
        assertThat(compared.words()).isEmpty();
        assertThat(compared.labels()).isEmpty();
    }

    @Test
    void aStoryWithoutArticlesIsEmptyAndSaysSo() {
        UUID empty = corpus.createStory(story.projectId, "Nothing yet " + UUID.randomUUID(), null, "", List.of())
                .getId();

        SourcesCompared compared = sources.compare(empty, WorkSource.GOLD, null);

        assertThat(compared.outlets()).isEmpty();
        assertThat(compared.notes()).containsExactly("The story has no articles yet.");
    }

    private static Map<String, String> attributes(String identification, String kind) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("identification", identification);
        values.put("kind", kind);
        return values;
    }

    private static List<Double> shares(Double... shares) {
        return List.of(shares);
    }
}
