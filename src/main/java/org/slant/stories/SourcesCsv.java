package org.slant.stories;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slant.stories.SourcesCompared.CitedSource;
import org.slant.stories.SourcesCompared.CueWord;
import org.slant.stories.SourcesCompared.LabelShare;
import org.slant.stories.SourcesCompared.OutletColumn;
import org.slant.stories.SourcesCompared.SourceWords;
import tools.jackson.databind.json.JsonMapper;

/**
 * A story's sources compared as one CSV table for pandas, R or a spreadsheet (docs/story-view.md): one row per table,
 * item and outlet, zeros included, so that every outlet has a row for every item. UTF-8, RFC 4180 (CRLF between rows,
 * fields quoted only where needed).
 */
public final class SourcesCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("story_id", "story", "source", "annotator", "table",
            "outlet_id", "outlet", "outlet_words", "layer", "label", "item", "attributes", "count", "words", "share");

    /** How many decimals a share has. */
    public static final int DECIMALS = 6;

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_NAME_LENGTH = 60;

    private SourcesCsv() {
    }

    /** Writes the table; does not close the stream. */
    public static void write(SourcesCompared compared, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            // not closed: that would close the caller's stream
            CSVPrinter printer = new CSVPrinter(writer, CSV);
            for (List<Object> row : rows(compared)) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The sources compared could not be written as CSV", e);
        }
    }

    /**
     * The rows: {@code sources} (count: Source spans; attributes: their values as a JSON object), {@code cues}
     * (count: Cue spans), {@code words} (count: Content spans, words: their words; item empty for the contents
     * attributed to no one), {@code labels} (count: spans, words: words covered, share: of the outlet's words).
     */
    static List<List<Object>> rows(SourcesCompared compared) {
        List<List<Object>> rows = new ArrayList<>();
        String attribution = text(compared.attributionLayer());
        for (CitedSource source : compared.sources()) {
            for (int i = 0; i < compared.outlets().size(); i++) {
                rows.add(row(compared, "sources", i, attribution, "Source", source.name(),
                        JSON.writeValueAsString(source.attributes()), source.counts().get(i), "", ""));
            }
        }
        for (CueWord cue : compared.cues()) {
            for (int i = 0; i < compared.outlets().size(); i++) {
                rows.add(row(compared, "cues", i, attribution, "Cue", cue.cue(), "", cue.counts().get(i), "", ""));
            }
        }
        for (SourceWords words : compared.words()) {
            for (int i = 0; i < compared.outlets().size(); i++) {
                rows.add(row(compared, "words", i, attribution, "Content", text(words.source()), "",
                        words.contents().get(i), words.words().get(i), ""));
            }
        }
        for (LabelShare label : compared.labels()) {
            for (int i = 0; i < compared.outlets().size(); i++) {
                rows.add(row(compared, "labels", i, label.layer(), label.label(), label.label(), "",
                        label.spans().get(i), label.words().get(i), share(label.shares().get(i))));
            }
        }
        return rows;
    }

    /**
     * "sources-nato-russia-council-annotators.csv": the story's title made safe for any file system (letters of any
     * script kept), then whose work (the annotator's username, or gold).
     */
    public static String fileName(SourcesCompared compared) {
        String whose = compared.annotator() != null ? compared.annotator() : compared.source();
        return "sources-" + slug(compared.story(), "story") + "-" + slug(whose, compared.source()) + ".csv";
    }

    /** A share with {@value #DECIMALS} decimals and '.'; empty when there is none. */
    static String share(Double share) {
        if (share == null || !Double.isFinite(share)) {
            return "";
        }
        return BigDecimal.valueOf(share).setScale(DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static List<Object> row(SourcesCompared compared, String table, int outlet, String layer, String label,
            String item, String attributes, int count, Object words, String share) {
        OutletColumn column = compared.outlets().get(outlet);
        return List.of(compared.storyId().toString(), text(compared.story()), compared.source(),
                text(compared.annotator()), table, column.id() == null ? "" : column.id().toString(),
                text(column.name()), column.words(), layer, label, item, attributes, count, words, share);
    }

    private static String slug(String name, String otherwise) {
        String slug = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        if (slug.codePointCount(0, slug.length()) > MAX_NAME_LENGTH) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, MAX_NAME_LENGTH)).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? otherwise : slug;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
