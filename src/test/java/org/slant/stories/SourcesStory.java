package org.slant.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.ActingAs;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.corpus.StoryDetails;
import org.slant.corpus.StoryService;
import org.slant.curation.GoldService;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.context.ApplicationContext;

/**
 * A small story made by hand, whose sources compared are worked out in {@link StorySourcesTest}: a blind project with
 * the sourcing, framing, tone and text-hygiene presets, three outlets (UPI with two articles), one more article in
 * another story, and a team: a manager, a curator, and the annotators alice and bob (usernames with a common suffix).
 * The texts hold curly quotes and an emoji (Daily Ledger), an NBSP (UPI 1) and CRLFs (Daily Ledger, UPI 2); their
 * words, as the corpus counts them: Daily Ledger 17, Fox News 26, UPI 17 + 11 = 28 ("Secretary-General" is two words
 * to ICU, as to the browser).
 * <pre>
 * Daily Ledger  Stoltenberg said: “Our differences will not be easy to bridge.”CRLF
 *               NATO officials claimed the talks were useful 👍.
 *   alice  Source "Stoltenberg" (named, person/official), Cue "said", Content "Our differences ... bridge." (8 words),
 *          Source "NATO officials" (unnamed-descriptive, organisation), Cue "claimed", Content "the talks were useful"
 *          (4), Frame Security and defense "Stoltenberg ... bridge.”" (10 words)
 *   bob    Source "Stoltenberg" (named, person/official), Cue "said:", Content "Our differences ... bridge." with
 *          speaker "Jens Stoltenberg" (8), Frame Security and defense "Our differences ... bridge" (8, inside
 *          alice's), Tone Implicit anti "NATO officials claimed the talks were useful" (7)
 * Fox News      "Our differences will not be easy to bridge," Jens Stoltenberg said.LF
 *               BIDEN ADMIN BACKS UKRAINELF
 *               A senior official, who spoke on condition of anonymity, claimed progress.
 *   alice  Content "Our differences ... bridge," (8), Source "Jens Stoltenberg" (named, person/official), Cue "said",
 *          Non-editorial Promo headline "BIDEN ADMIN BACKS UKRAINE" (4), Source "A senior official" (anonymous,
 *          person/official), Cue "claimed", Content "progress" (1)
 *   gold   Source "Jens Stoltenberg" (named, person/official), Cue "said", Content "Our differences ... bridge," (8)
 * UPI 1         According to CNN, NATO Secretary-General Jens[NBSP]Stoltenberg warned that differences "will not be
 *               easy to bridge".
 *   alice  Source "Jens[NBSP]Stoltenberg" (named, person/official, mediated, via CNN), Cue "According to", Cue
 *          "warned", Content "\"will not be easy to bridge\"" (6), Frame Security and defense: all of it (17)
 * UPI 2         Russia's envoy says talks will go on.CRLF CRLF No date was set.
 *   bob    Source "Russia's envoy" (unnamed-descriptive, person/official), Cue "says", Content "talks will go on" (4),
 *          Content "No date was set" (4; no Source in its paragraph), Tone Neutral "No date was set." (4)
 * </pre>
 */
public final class SourcesStory {

    public static final String DAILY_LEDGER = "Stoltenberg said: “Our differences will not be easy to bridge.”\r\n"
            + "NATO officials claimed the talks were useful 👍.";
    public static final String FOX = "\"Our differences will not be easy to bridge,\" Jens Stoltenberg said.\n"
            + "BIDEN ADMIN BACKS UKRAINE\nA senior official, who spoke on condition of anonymity, claimed progress.";
    public static final String UPI_1 = "According to CNN, NATO Secretary-General Jens\u00A0Stoltenberg warned that "
            + "differences \"will not be easy to bridge\".";
    public static final String UPI_2 = "Russia's envoy says talks will go on.\r\n\r\nNo date was set.";

    public final UUID projectId;
    public final UUID storyId;
    public final UUID otherStoryId;
    public final String storyTitle;
    public final String alice;
    public final String bob;
    public final String manager;
    public final String curator;
    public final UUID dailyLedger;
    public final UUID fox;
    public final UUID upi1;
    public final UUID upi2;
    public final UUID elsewhere;
    public final LayerSchema attribution;
    public final LayerSchema frame;
    public final LayerSchema tone;
    public final LayerSchema hygiene;
    private final AnnotationService annotations;
    private final GoldService gold;
    private final UserRepository users;
    private final Memberships memberships;
    private final Map<UUID, String> texts = new HashMap<>();

    /** Builds the story with the application's services, as whoever the test runs as (an admin). */
    public SourcesStory(ApplicationContext context) {
        CorpusService corpus = context.getBean(CorpusService.class);
        SchemaService schema = context.getBean(SchemaService.class);
        StoryService stories = context.getBean(StoryService.class);
        annotations = context.getBean(AnnotationService.class);
        gold = context.getBean(GoldService.class);
        users = context.getBean(UserRepository.class);
        memberships = context.getBean(Memberships.class);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = corpus.createProject(new ProjectSettings("Sources " + suffix, "", "", 2, true, true)).getId();
        for (String preset : List.of(SchemaPresets.SOURCING, SchemaPresets.FRAMING, SchemaPresets.TONE,
                SchemaPresets.TEXT_HYGIENE)) {
            schema.addPreset(projectId, SchemaPresets.byId(preset).orElseThrow());
        }
        List<LayerSchema> layers = schema.layers(projectId);
        attribution = layer(layers, "Attribution");
        frame = layer(layers, "Frame");
        tone = layer(layers, "Tone");
        hygiene = layer(layers, "Non-editorial");
        storyTitle = "NATO–Russia Council " + suffix;
        List<Document> documents = corpus.addDocuments(projectId, List.of(
                document("Stoltenberg: differences hard to bridge", DAILY_LEDGER, "Daily Ledger", storyTitle),
                document("NATO chief: no easy bridge", FOX, "Fox News", storyTitle),
                document("NATO chief warns", UPI_1, "UPI", storyTitle),
                document("Russia's envoy", UPI_2, "UPI", storyTitle),
                document("Another day", "Stoltenberg said nothing else.", "UPI", "Another story " + suffix)));
        dailyLedger = documents.get(0).getId();
        fox = documents.get(1).getId();
        upi1 = documents.get(2).getId();
        upi2 = documents.get(3).getId();
        elsewhere = documents.get(4).getId();
        texts.put(dailyLedger, DAILY_LEDGER);
        texts.put(fox, FOX);
        texts.put(upi1, UPI_1);
        texts.put(upi2, UPI_2);
        texts.put(elsewhere, "Stoltenberg said nothing else.");
        List<StoryDetails> all = stories.stories(projectId);
        storyId = all.stream().filter(story -> story.title().equals(storyTitle)).findFirst().orElseThrow().id();
        otherStoryId = all.stream().filter(story -> !story.title().equals(storyTitle)).findFirst().orElseThrow().id();
        alice = member("alice-" + suffix, ProjectRole.ANNOTATOR);
        bob = member("bob-" + suffix, ProjectRole.ANNOTATOR);
        manager = member("manager-" + suffix, ProjectRole.MANAGER);
        curator = member("curator-" + suffix, ProjectRole.CURATOR);

        Map<String, Object> named = source("named", "person/official");
        span(alice, dailyLedger, attribution, "Source", "Stoltenberg", named);
        span(alice, dailyLedger, attribution, "Cue", "said", Map.of());
        span(alice, dailyLedger, attribution, "Content", "Our differences will not be easy to bridge.", Map.of());
        span(alice, dailyLedger, attribution, "Source", "NATO officials",
                source("unnamed-descriptive", "organisation"));
        span(alice, dailyLedger, attribution, "Cue", "claimed", Map.of());
        span(alice, dailyLedger, attribution, "Content", "the talks were useful", Map.of());
        span(alice, dailyLedger, frame, "Security and defense",
                "Stoltenberg said: “Our differences will not be easy to bridge.”", Map.of());
        span(bob, dailyLedger, attribution, "Source", "Stoltenberg", named);
        span(bob, dailyLedger, attribution, "Cue", "said:", Map.of());
        span(bob, dailyLedger, attribution, "Content", "Our differences will not be easy to bridge.",
                Map.of(key(attribution, "speaker"), "Jens Stoltenberg"));
        span(bob, dailyLedger, frame, "Security and defense", "Our differences will not be easy to bridge", Map.of());
        span(bob, dailyLedger, tone, "Implicit anti", "NATO officials claimed the talks were useful", Map.of());

        span(alice, fox, attribution, "Content", "Our differences will not be easy to bridge,",
                Map.of(key(attribution, "quote_type"), "direct"));
        span(alice, fox, attribution, "Source", "Jens Stoltenberg", named);
        span(alice, fox, attribution, "Cue", "said", Map.of());
        span(alice, fox, hygiene, "Promo headline", "BIDEN ADMIN BACKS UKRAINE", Map.of());
        span(alice, fox, attribution, "Source", "A senior official", source("anonymous", "person/official"));
        span(alice, fox, attribution, "Cue", "claimed", Map.of());
        span(alice, fox, attribution, "Content", "progress", Map.of());

        Map<String, Object> mediated = new HashMap<>(named);
        mediated.put(key(attribution, "mediated"), true);
        mediated.put(key(attribution, "via"), "CNN");
        span(alice, upi1, attribution, "Source", "Jens\u00A0Stoltenberg", mediated);
        span(alice, upi1, attribution, "Cue", "According to", Map.of());
        span(alice, upi1, attribution, "Cue", "warned", Map.of());
        span(alice, upi1, attribution, "Content", "\"will not be easy to bridge\"", Map.of());
        span(alice, upi1, frame, "Security and defense", UPI_1, Map.of());

        span(bob, upi2, attribution, "Source", "Russia's envoy", source("unnamed-descriptive", "person/official"));
        span(bob, upi2, attribution, "Cue", "says", Map.of());
        span(bob, upi2, attribution, "Content", "talks will go on", Map.of());
        span(bob, upi2, attribution, "Content", "No date was set", Map.of());
        span(bob, upi2, tone, "Neutral", "No date was set.", Map.of());

        // an article of another story: never counted
        span(alice, elsewhere, attribution, "Source", "Stoltenberg", named);

        goldSpan(fox, attribution, "Source", "Jens Stoltenberg", named);
        goldSpan(fox, attribution, "Cue", "said", Map.of());
        goldSpan(fox, attribution, "Content", "Our differences will not be easy to bridge,", Map.of());
    }

    /** A member of the project with a password nobody needs (tests sign in by name). */
    public String member(String name, ProjectRole role) {
        users.save(new User(name, name, "{noop}unused", SystemRole.USER));
        memberships.add(projectId, name, role);
        return name;
    }

    /** The id of the layer's label. */
    public UUID label(LayerSchema layer, String name) {
        return layer.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The attribute's id as the key its values are stored under. */
    public String key(LayerSchema layer, String name) {
        return layer.attributes().stream().filter(attribute -> attribute.name().equals(name)).findFirst()
                .orElseThrow().id().toString();
    }

    /** The code point offset of the first occurrence of {@code fragment} in the text. */
    static int at(String text, String fragment) {
        int index = text.indexOf(fragment);
        if (index < 0) {
            throw new IllegalArgumentException("'" + fragment + "' is not in the text");
        }
        return text.codePointCount(0, index);
    }

    private void span(String annotator, UUID document, LayerSchema layer, String label, String fragment,
            Map<String, Object> values) {
        int start = at(texts.get(document), fragment);
        int end = start + fragment.codePointCount(0, fragment.length());
        ActingAs.user(annotator, () -> annotations.createSpan(document, null, new SpanDraft(layer.id(),
                label(layer, label), start, end, values)));
    }

    private void goldSpan(UUID document, LayerSchema layer, String label, String fragment, Map<String, Object> values) {
        int start = at(texts.get(document), fragment);
        int end = start + fragment.codePointCount(0, fragment.length());
        ActingAs.user(curator, () -> gold.createSpan(document, null, new SpanDraft(layer.id(), label(layer, label),
                start, end, values)));
    }

    private Map<String, Object> source(String identification, String kind) {
        return Map.of(key(attribution, "identification"), identification, key(attribution, "kind"), kind);
    }

    private static LayerSchema layer(List<LayerSchema> layers, String name) {
        return layers.stream().filter(layer -> layer.name().equals(name)).findFirst().orElseThrow();
    }

    private static NewDocument document(String title, String text, String outlet, String story) {
        return new NewDocument(title, text, outlet, story, null, null, null, Map.of());
    }
}
