package org.slant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementOptions;
import org.slant.agreement.AgreementReport;
import org.slant.agreement.AgreementService;
import org.slant.agreement.Figure;
import org.slant.agreement.Measure;
import org.slant.agreement.Scope;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.CodePointText;
import org.slant.annotation.DocumentAnnotations;
import org.slant.annotation.DocumentHolders;
import org.slant.annotation.WorkAssignment;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.DocumentText;
import org.slant.corpus.Outlet;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.Story;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@SlantSpringTest
class DemoProjectTest {

    /** The repository's own copy of the seeds: what the app must reproduce byte for byte. */
    private static final Path SEEDS = Path.of("seeds");

    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    DemoProject demo;
    @Autowired
    UserRepository users;
    @Autowired
    WorkAssignment work;
    @Autowired
    AnnotationService annotations;
    @Autowired
    AgreementService agreement;

    @Test
    void createsTheDemoProjectWithTheFiveSeedArticlesByteForByte() throws Exception {
        ProjectSummary project = demoProject();
        assertThat(project.documents()).isEqualTo(5);

        List<DocumentDetails> documents = corpus.documents(project.id(), PageRequest.of(0, 10)).stream()
                .map(summary -> corpus.document(summary.id()))
                .toList();
        Map<String, DocumentDetails> byFile = documents.stream()
                .collect(Collectors.toMap(DocumentDetails::externalId, Function.identity()));
        assertThat(byFile.keySet()).containsExactlyInAnyOrder("000_d9a08953758a916b.txt", "001_4fe81ae676792f09.txt",
                "002_bf805d41d855623e.txt", "003_fcefe6c8ac20c6ea.txt", "004_5133eb4f0deb2e3a.txt");
        for (var entry : byFile.entrySet()) {
            byte[] seed = Files.readAllBytes(SEEDS.resolve(entry.getKey()));
            DocumentDetails document = entry.getValue();
            assertThat(DocumentText.sha256(document.text())).as(entry.getKey()).isEqualTo(sha256(seed));
            assertThat(document.textSha256()).as(entry.getKey()).isEqualTo(sha256(seed));
            assertThat(document.published()).isEqualTo(LocalDate.of(2022, 1, 12));
            assertThat(document.story()).isEqualTo(DemoProject.STORY);
        }
        assertThat(byFile.get("000_d9a08953758a916b.txt").outlet()).isEqualTo("Fox News");
        assertThat(byFile.get("001_4fe81ae676792f09.txt").title())
                .isEqualTo("NATO offers more talks with Russia amid 'significant differences'");
        assertThat(byFile.get("003_fcefe6c8ac20c6ea.txt").outlet()).isEqualTo("UPI");
        assertThat(byFile.get("000_d9a08953758a916b.txt").title())
                .startsWith("Fox News: NATO Secretary-General Jens Stoltenberg said").endsWith("…");
    }

    @Test
    void hasTheManifestsOutletsAndOneStory() {
        ProjectSummary project = demoProject();
        assertThat(corpus.outlets(project.id())).extracting(Outlet::getName).containsExactlyInAnyOrder("Fox News",
                "The Hill", "The Washington Times", "UPI", "Censor.NET (as cited by the text)");
        List<Story> stories = corpus.stories(project.id());
        assertThat(stories).hasSize(1);
        assertThat(stories.getFirst().getEventDate()).isEqualTo(LocalDate.of(2022, 1, 12));
        assertThat(stories.getFirst().getMainEntities()).contains("NATO", "Russia", "Ukraine", "Jens Stoltenberg");
    }

    @Test
    void hasTheFramingSourcingToneAndTextHygieneLayers() {
        List<LayerSchema> layers = schema.layers(demoProject().id());
        assertThat(layers).extracting(LayerSchema::name).containsExactly("Frame", "Primary frame", "Headline frame",
                "Attribution", "Sourcing disclosure", "Tone", "Overall tone", "Non-editorial");
        assertThat(layers).extracting(LayerSchema::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        LayerSchema frame = layers.getFirst();
        assertThat(frame.kind()).isEqualTo(LayerKind.SPAN);
        assertThat(frame.labels()).hasSize(15);
        LayerSchema attribution = layers.get(3);
        assertThat(attribution.labels()).extracting(LayerSchema.LabelSchema::name)
                .containsExactly("Source", "Cue", "Content");
        LayerSchema.AttributeSchema via = attribution.attributes().stream()
                .filter(attribute -> attribute.name().equals("via")).findFirst().orElseThrow();
        LayerSchema.AttributeSchema mediated = attribution.attributes().stream()
                .filter(attribute -> attribute.name().equals("mediated")).findFirst().orElseThrow();
        assertThat(via.condition()).isEqualTo(new LayerSchema.Condition(mediated.id(), "true"));
        assertThat(via.labelId()).isEqualTo(attribution.labels().getFirst().id());
        assertThat(layers.get(5).ordered()).isTrue();
        assertThat(layers.get(7).overlapAllowed()).isFalse();
    }

    @Test
    void threeFictionalAnnotatorsHaveDoneEveryDocumentSoAgreementHasSomethingToMeasure() throws IOException {
        ProjectSummary project = demoProject();
        assertThat(corpus.projectDetails(project.id()).annotatorsPerDocument()).isEqualTo(4);
        List<String> fictional = List.of("demo-amira", "demo-bruno", "demo-chen");
        for (String username : fictional) {
            assertThat(users.findByUsername(username)).as(username).hasValueSatisfying(user ->
                    assertThat(user.isActive()).as("cannot log in").isFalse());
        }
        assertThat(work.whoHasWhat(project.id(), 0, 10)).hasSize(5).allSatisfy(document ->
                assertThat(document.holders()).containsExactlyInAnyOrder(
                        new DocumentHolders.Holder("demo-amira", AssignmentStatus.DONE),
                        new DocumentHolders.Holder("demo-bruno", AssignmentStatus.DONE),
                        new DocumentHolders.Holder("demo-chen", AssignmentStatus.DONE)));

        // every passage the work file gives an annotator is one of their spans, cut exactly from the text
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/demo/work.tsv")).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("seed\t")).toList();
        Map<String, Integer> spansInFile = new java.util.HashMap<>();
        for (String line : lines) {
            String[] columns = line.split("\t", -1);
            for (int i = 0; i < fictional.size(); i++) {
                if (!columns[2].isEmpty() && !columns[3 + i].equals("-")) {
                    spansInFile.merge(fictional.get(i), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> spansStored = new java.util.HashMap<>();
        for (var summary : corpus.documents(project.id(), PageRequest.of(0, 10))) {
            String text = corpus.document(summary.id()).text();
            for (String username : fictional) {
                DocumentAnnotations theirs = annotations.annotationsOf(summary.id(), username);
                spansStored.merge(username, theirs.spans().size(), Integer::sum);
                assertThat(theirs.answers()).as(username + " answers " + summary.title()).hasSize(3);
                theirs.spans().forEach(span -> assertThat(span.text())
                        .isEqualTo(new CodePointText(text).slice(span.start(), span.end())));
            }
        }
        assertThat(spansStored).isEqualTo(spansInFile);
        assertThat(spansStored.get("demo-amira")).isGreaterThan(60);

        UUID upi = corpus.documents(project.id(), PageRequest.of(0, 10)).stream()
                .filter(summary -> "UPI".equals(summary.outlet())).findFirst().orElseThrow().id();
        // attributes are stored by the attribute's id: mediated, via CNN
        assertThat(annotations.annotationsOf(upi, "demo-amira").spans()).filteredOn(span -> span.text()
                .equals("NATO Secretary General Jens Stoltenberg")).singleElement()
                .satisfies(span -> assertThat(span.attributes().values()).contains(true, "CNN", "named"));

        AgreementReport report = agreement.report(project.id(), AgreementOptions.DEFAULT);
        assertThat(report.documents()).isEqualTo(5);
        assertThat(report.annotators()).containsExactlyInAnyOrderElementsOf(fictional);
        Figure frame = report.figures().stream().filter(figure -> figure.layer().equals("Frame")
                && figure.label() == null && figure.measure() == Measure.ALPHA_U
                && figure.scope() == Scope.PROJECT).findFirst().orElseThrow();
        assertThat(frame.value()).as("agreement, but not perfect").isBetween(0.2, 0.95);
        assertThat(report.disagreementCount()).isPositive();
    }

    @Test
    void runningAgainNeverDuplicatesIt() {
        demo.afterSingletonsInstantiated();
        assertThat(corpus.projects()).filteredOn(project -> project.name().equals(DemoProject.NAME)).hasSize(1);
        assertThat(demoProject().documents()).isEqualTo(5);
    }

    private ProjectSummary demoProject() {
        return corpus.projects().stream().filter(project -> project.name().equals(DemoProject.NAME))
                .findFirst().orElseThrow();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
