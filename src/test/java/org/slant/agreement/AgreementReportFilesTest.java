package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CSV and JSON files of an agreement report, on a report made by hand. */
class AgreementReportFilesTest {

    static final String AWKWARD_LABEL = "Left, \"hard\"\nright";
    static final UUID OUTLET = UUID.fromString("0b6f0f3e-8c5a-4c1e-9b7a-2f1d3c4b5a69");

    final JsonMapper mapper = JsonMapper.builder().build();
    final AgreementReportFiles files = new AgreementReportFiles(mapper);

    final Figure pair = new Figure("Frames", AWKWARD_LABEL, Measure.F1_EXACT, Scope.PAIR, null, "alice × bob",
            List.of("alice", "bob"), 2.0 / 3.0, 6, 2, 2);
    final Figure undefined = new Figure("Frames", null, Measure.ALPHA_U, Scope.OUTLET, OUTLET, "Fox", List.of(),
            null, 0, 3, 1);
    final Figure negative = new Figure("Tone", null, Measure.ALPHA_NOMINAL, Scope.PROJECT, null, "Studie Ü",
            List.of(), -0.25, 4, 3, 4);
    final AgreementReport report = new AgreementReport(UUID.randomUUID(), "NATO, Russia: Київ talks",
            Instant.parse("2026-05-04T09:12:44Z"), AgreementOptions.DEFAULT, 2, List.of("alice", "bob", "carol"),
            List.of(pair, undefined, negative), List.of(), 0);

    @Test
    void csvIsAPureTableWithOneRowPerFigure() throws IOException {
        List<CSVRecord> rows = parse(csv());

        assertThat(rows).hasSize(4);
        assertThat(rows.getFirst().values()).containsExactly("layer", "label", "measure", "measure_title", "scope",
                "scope_id", "scope_name", "annotator_a", "annotator_b", "value", "units", "unit", "annotators",
                "documents", "definition");
        assertThat(rows.get(1).values()).containsExactly("Frames", AWKWARD_LABEL, "F1_EXACT", "Span F1, exact",
                "PAIR", "", "alice × bob", "alice", "bob", "0.666667", "6", "spans", "2", "2",
                Measure.F1_EXACT.definition());
        assertThat(rows.get(2).values()).containsExactly("Frames", "", "ALPHA_U", "Krippendorff's αU", "OUTLET",
                OUTLET.toString(), "Fox", "", "", "", "0", "spans", "3", "1", Measure.ALPHA_U.definition());
        assertThat(rows.get(3).get(9)).isEqualTo("-0.250000");
        assertThat(rows.get(3).get(6)).isEqualTo("Studie Ü");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAsRfc4180Says() {
        String text = csv();

        // the quote doubled, the whole field quoted, the line break kept inside the quotes
        assertThat(text).contains(",\"Left, \"\"hard\"\"\nright\",");
        // "Span F1, exact" holds a comma: quoted; a plain name is not
        assertThat(text).contains("F1_EXACT,\"Span F1, exact\",PAIR,");
        assertThat(text).startsWith("layer,label,measure,measure_title,scope,scope_id,scope_name,annotator_a,"
                + "annotator_b,value,units,unit,annotators,documents,definition\r\n");
        // the undefined value: an empty cell between scope_name's neighbours and units
        assertThat(text).contains(",Fox,,,,0,spans,3,1,");
        assertThat(text).doesNotContain("NaN").doesNotContain("null");
    }

    @Test
    void csvIsUtf8AndLeavesTheStreamOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.csv(report, out);
        out.writeBytes("more".getBytes(StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("alice × bob").endsWith("\r\nmore");
        assertThat(out.toByteArray()[0]).as("no byte order mark").isEqualTo((byte) 'l');
    }

    @Test
    void jsonKeepsTheReportAndDefinesEveryMeasureItUses() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.json(report, out);
        JsonNode json = mapper.readTree(out.toString(StandardCharsets.UTF_8));

        assertThat(json.get("projectName").asString()).isEqualTo("NATO, Russia: Київ talks");
        assertThat(json.get("documents").asInt()).isEqualTo(2);
        assertThat(json.get("figures")).hasSize(3);
        JsonNode first = json.get("figures").get(0);
        assertThat(first.get("label").asString()).isEqualTo(AWKWARD_LABEL);
        assertThat(first.get("measure").asString()).isEqualTo("F1_EXACT");
        assertThat(first.get("value").asDouble()).isEqualTo(2.0 / 3.0);
        assertThat(first.get("pair").valueStream().map(JsonNode::asString)).containsExactly("alice", "bob");
        JsonNode second = json.get("figures").get(1);
        assertThat(second.has("value")).isTrue();
        assertThat(second.get("value").isNull()).as("undefined is null, not 0 or NaN").isTrue();
        assertThat(second.get("label").isNull()).isTrue();
        assertThat(second.get("scopeId").asString()).isEqualTo(OUTLET.toString());

        JsonNode measures = json.get("measures");
        assertThat(measures.propertyNames()).containsExactly("ALPHA_U", "F1_EXACT", "ALPHA_NOMINAL");
        assertThat(measures.get("F1_EXACT").get("title").asString()).isEqualTo("Span F1, exact");
        assertThat(measures.get("F1_EXACT").get("unit").asString()).isEqualTo("spans");
        assertThat(measures.get("ALPHA_NOMINAL").get("definition").asString())
                .isEqualTo(Measure.ALPHA_NOMINAL.definition());
    }

    @Test
    void valuesHaveSixDecimalsWithAPointAndNoNegativeZero() {
        assertThat(AgreementReportFiles.value(1.0)).isEqualTo("1.000000");
        assertThat(AgreementReportFiles.value(0.1234565)).isEqualTo("0.123456");
        assertThat(AgreementReportFiles.value(-0.0000001)).isEqualTo("0.000000");
        assertThat(AgreementReportFiles.value(null)).isEmpty();
        assertThat(AgreementReportFiles.value(Double.NaN)).isEmpty();
    }

    @Test
    void fileNamesTellTheProjectAndTheDay() {
        assertThat(AgreementReportFiles.fileName(report, "csv")).isEqualTo("agreement-nato-russia-київ-talks-"
                + "2026-05-04.csv");
    }

    private String csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.csv(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
