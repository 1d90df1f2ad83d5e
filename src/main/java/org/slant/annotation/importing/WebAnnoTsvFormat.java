package org.slant.annotation.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.corpus.importing.ImportLimits;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.platform.NotUtf8Exception;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * WebAnno TSV 3 (docs/import.md#webanno-tsv-3-formattsv), as INCEpTION exports it, read by a parser of Slant's own:
 * no reader of it is on Maven Central (docs/decisions/0024-inception-imports.md). Span layers only: custom layers
 * ({@code webanno.custom.<Layer>}) and named entities, as the XMI reader takes them; relation and chain layers and
 * slot features are passed over. TSV keeps the text only sentence by sentence, so the document's text is rebuilt
 * (see {@link WebAnnoTsvText}): every token at its offset, the {@code #Text=} lines between, and the gaps nothing
 * covers filled with spaces within a sentence and line breaks between sentences.
 */
@Component
public class WebAnnoTsvFormat implements AnnotatedFormat {

    private static final Pattern FORMAT = Pattern.compile("#FORMAT=WebAnno TSV 3(\\.\\d+)*");
    private static final Pattern TOKEN_ID = Pattern.compile("(\\d+)-(\\d+)(\\.\\d+)?");
    private static final Pattern OFFSETS = Pattern.compile("(\\d+)-(\\d+)");

    private final long nestedLimit;
    private final String nestedLimitText;
    /** A text within the document limit (in UTF-8 bytes) has no more UTF-16 units than that: offsets beyond it are
     * refused before the text is made, so that a file cannot make the reader fill gigabytes. */
    private final long maxOffset;
    private final String maxOffsetText;

    @Autowired
    public WebAnnoTsvFormat(ImportLimits limits) {
        this.nestedLimit = limits.maxUpload().toBytes();
        this.nestedLimitText = ImportLimits.describe(limits.maxUpload()) + " (slant.import.max-upload)";
        this.maxOffset = limits.maxDocument().toBytes();
        this.maxOffsetText = ImportLimits.describe(limits.maxDocument()) + " (slant.import.max-document)";
    }

    public WebAnnoTsvFormat() {
        this(ImportLimits.defaults());
    }

    @Override
    public String name() {
        return "tsv";
    }

    @Override
    public String description() {
        return "WebAnno TSV 3 as INCEpTION exports it (.tsv files, or a project export's zip): span layers and named "
                + "entities as spans, annotators by their file names; the text is rebuilt from the tokens";
    }

    @Override
    public boolean namesAnnotators() {
        return true;
    }

    @Override
    public List<AnnotatedDocument> read(List<UploadedFile> upload, ImportProblems problems) {
        List<UploadedFile> files = InceptionXmiLayout.unpackNested(upload, new UploadedFiles(nestedLimit,
                nestedLimitText), problems);
        boolean export = InceptionXmiLayout.isProjectExport(files);
        List<InceptionXmiLayout.Read> reads = new ArrayList<>();
        int tsvs = 0;
        for (UploadedFile file : files) {
            if (problems.full()) {
                break;
            }
            boolean tsv = file.nameEndsWith(".tsv");
            if (export && (!tsv || !InceptionXmiLayout.role(file).inExport())) {
                continue; // a project export's sources, logs, and annotations in other formats
            }
            if (!tsv) {
                problems.add(file.where(), Message.of("annotation.problem.tsv.not-tsv"));
                continue;
            }
            tsvs++;
            InceptionXmiLayout.Read read = read(file, problems);
            if (read != null) {
                reads.add(read);
            }
        }
        if (tsvs == 0 && problems.isEmpty()) {
            problems.add(Problem.of("upload", Message.of("annotation.problem.tsv.no-tsv")));
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<AnnotatedDocument> documents = InceptionXmiLayout.documents(reads, InceptionXmiLayout.states(files),
                problems);
        return problems.isEmpty() ? documents : List.of();
    }

    private InceptionXmiLayout.Read read(UploadedFile file, ImportProblems problems) {
        String content;
        try {
            content = file.utf8();
        } catch (NotUtf8Exception e) {
            problems.add(file.place(), e.said());
            return null;
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<String> lines = lines(content);
        Parse parse = new Parse(file, problems);
        if (!parse.header(lines)) {
            return null;
        }
        parse.body(lines);
        if (parse.failed) {
            return null;
        }
        String text = WebAnnoTsvText.rebuild(parse.sentences, file.where(), problems);
        if (text == null) {
            return null;
        }
        List<ImportedSpan> spans = parse.spans(text);
        return parse.failed ? null
                : new InceptionXmiLayout.Read(file, InceptionXmiLayout.role(file), text, spans, List.of());
    }

    /** The file's lines; a file saved with CRLF throughout has them taken off, a lone CR in a text line is text. */
    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        boolean crlf = !lines.isEmpty() && lines.stream().allMatch(line -> line.endsWith("\r"));
        if (crlf) {
            lines.replaceAll(line -> line.substring(0, line.length() - 1));
        }
        return lines;
    }

    /** A column of a layer after the token: which layer, which feature; {@code kind} says what TSV puts there. */
    record Column(String type, String feature, Kind kind, int headerLine) {

        enum Kind { FEATURE, SLOT, OTHER }

        String describe() {
            return type + (feature.isEmpty() ? "" : "|" + feature);
        }
    }

    /** A span layer Slant takes: its label column ({@code -1}: the layer is its own label), its other columns. */
    record SpanLayer(String type, String name, int headerLine, int label, List<Integer> attributes) {
    }

    /** A sentence: its {@code #Text=} lines, its tokens. */
    record Sentence(int line, List<String> textLines, List<Token> tokens) {
    }

    /** A token line (or a sub-token's): its offsets (UTF-16) and text unescaped. */
    record Token(int line, int begin, int end, String text) {
    }

    /** One file's parse, collecting problems. */
    private final class Parse {

        final UploadedFile file;
        final ImportProblems problems;
        final List<Column> columns = new ArrayList<>();
        final List<SpanLayer> layers = new ArrayList<>();
        final List<Sentence> sentences = new ArrayList<>();
        /** Spans as they are read, by layer and disambiguation id; spans without id have a key of their own. */
        final Map<String, Building> building = new LinkedHashMap<>();
        boolean failed;
        int unnamed;

        Parse(UploadedFile file, ImportProblems problems) {
            this.file = file;
            this.problems = problems;
        }

        void problem(Message where, Message message) {
            failed = true;
            problems.add(where, message);
        }

        Message line(int line) {
            return Place.lineOf(file.where(), line);
        }

        /** {@code "<file>, line <n>, column <i> (<name>)"}: columns count from 1, the file's own name in brackets. */
        Message column(int line, int index) {
            // columns count from 1: the token's id, offsets and text are 1 to 3
            String name = index == 0 ? "id" : index == 1 ? "offsets" : index == 2 ? "token"
                    : index - 3 < columns.size() ? columns.get(index - 3).describe() : "extra";
            return Message.of("annotation.place.tsv.column", line(line), String.valueOf(index + 1), name);
        }

        /** {@code #FORMAT=} and the layers' declarations. */
        boolean header(List<String> lines) {
            if (lines.isEmpty() || !FORMAT.matcher(lines.getFirst().strip()).matches()) {
                problem(line(1), Message.of("annotation.problem.tsv.not-tsv3",
                        lines.isEmpty() ? "" : abbreviate(lines.getFirst())));
                return false;
            }
            for (int i = 1; i < lines.size() && lines.get(i).startsWith("#T_"); i++) {
                declare(lines.get(i), i + 1);
            }
            return !failed;
        }

        private void declare(String declaration, int line) {
            int equals = declaration.indexOf('=');
            String kind = equals < 0 ? "" : declaration.substring(0, equals);
            String[] parts = declaration.substring(equals + 1).split("\\|", -1);
            String type = parts[0];
            if (!List.of("#T_SP", "#T_RL", "#T_CH").contains(kind) || type.isEmpty()) {
                problem(line(line), Message.of("annotation.problem.tsv.declaration", abbreviate(declaration)));
                return;
            }
            int first = columns.size();
            boolean slot = false;
            for (int i = 1; i < parts.length; i++) {
                // a slot feature takes two columns: its roles (ROLE_...) and its targets (the next entry)
                Column.Kind columnKind = !kind.equals("#T_SP") ? Column.Kind.OTHER
                        : parts[i].startsWith("ROLE_") || slot ? Column.Kind.SLOT : Column.Kind.FEATURE;
                slot = parts[i].startsWith("ROLE_");
                columns.add(new Column(type, parts[i], columnKind, line));
            }
            if (parts.length == 1) {
                // a span layer without features still has a column, marking where its spans are
                columns.add(new Column(type, "", kind.equals("#T_SP") ? Column.Kind.FEATURE : Column.Kind.OTHER,
                        line));
            }
            if (!kind.equals("#T_SP") || !isSpanLayer(type)) {
                return;
            }
            List<Integer> features = new ArrayList<>();
            for (int i = first; i < columns.size(); i++) {
                if (columns.get(i).kind() == Column.Kind.FEATURE) {
                    features.add(i);
                }
            }
            int label = -1;
            for (String preferred : InceptionXmiFormat.LABEL_FEATURES) {
                for (int index : features) {
                    if (label < 0 && columns.get(index).feature().equals(preferred)) {
                        label = index;
                    }
                }
            }
            if (label < 0 && !features.isEmpty() && !columns.get(features.getFirst()).feature().isEmpty()) {
                label = features.getFirst();
            }
            int chosen = label;
            layers.add(new SpanLayer(type, type.substring(type.lastIndexOf('.') + 1), line, label,
                    features.stream().filter(index -> index != chosen && !columns.get(index).feature().isEmpty())
                            .toList()));
        }

        private boolean isSpanLayer(String type) {
            return type.startsWith("webanno.custom.") || type.startsWith("custom.")
                    || type.equals(InceptionXmiFormat.NAMED_ENTITY);
        }

        /** Sentences with their {@code #Text=} lines and tokens, and the spans on the tokens. */
        void body(List<String> lines) {
            List<String> text = new ArrayList<>();
            int textLine = 0;
            Sentence sentence = null;
            for (int i = 1; i < lines.size() && !problems.full(); i++) {
                String line = lines.get(i);
                int number = i + 1;
                if (line.startsWith("#T_") || line.isBlank() && text.isEmpty()) {
                    continue;
                }
                if (line.startsWith("#Text=")) {
                    if (text.isEmpty()) {
                        textLine = number;
                    }
                    text.add(line.substring("#Text=".length()));
                    sentence = null;
                    continue;
                }
                if (line.startsWith("#")) {
                    continue; // other comments (#Sentence.id=..., future additions) say nothing Slant takes
                }
                if (line.isBlank()) {
                    continue;
                }
                if (sentence == null) {
                    if (text.isEmpty()) {
                        problem(line(number), Message.of("annotation.problem.tsv.token-before-text"));
                        return;
                    }
                    sentence = new Sentence(textLine, List.copyOf(text), new ArrayList<>());
                    sentences.add(sentence);
                    text.clear();
                }
                token(line, number, sentence);
            }
            if (!text.isEmpty()) {
                sentences.add(new Sentence(textLine, List.copyOf(text), new ArrayList<>()));
            }
        }

        private void token(String line, int number, Sentence sentence) {
            String[] cells = line.split("\t", -1);
            int expected = 3 + columns.size();
            // INCEpTION ends each token line with a tab: one empty cell more (a cell is never empty, '_' is none)
            int count = cells.length > 1 && cells[cells.length - 1].isEmpty() ? cells.length - 1 : cells.length;
            if (count != expected) {
                problem(line(number), Message.of("annotation.problem.tsv.columns", String.valueOf(count),
                        String.valueOf(expected), String.valueOf(columns.size())));
                return;
            }
            if (!TOKEN_ID.matcher(cells[0]).matches()) {
                problem(column(number, 0), Message.of("annotation.problem.tsv.not-a-token-id", abbreviate(cells[0])));
                return;
            }
            Matcher offsets = OFFSETS.matcher(cells[1]);
            if (!offsets.matches()) {
                problem(column(number, 1), Message.of("annotation.problem.tsv.not-offsets", abbreviate(cells[1])));
                return;
            }
            int begin;
            int end;
            try {
                begin = Integer.parseInt(offsets.group(1));
                end = Integer.parseInt(offsets.group(2));
            } catch (NumberFormatException e) {
                problem(column(number, 1), Message.of("annotation.problem.tsv.offsets-too-large",
                        abbreviate(cells[1])));
                return;
            }
            String tokenText = WebAnnoTsvEscaping.unescape(cells[2]);
            if (end > maxOffset) {
                problem(column(number, 1), Message.of("annotation.problem.tsv.beyond-limit", String.valueOf(begin),
                        String.valueOf(end), maxOffsetText));
                return;
            }
            if (end < begin || tokenText.length() != end - begin) {
                problem(column(number, 1), Message.of("annotation.problem.tsv.not-the-token", String.valueOf(begin),
                        String.valueOf(end), abbreviate(tokenText), String.valueOf(tokenText.length())));
                return;
            }
            Token token = new Token(number, begin, end, tokenText);
            sentence.tokens().add(token);
            for (SpanLayer layer : layers) {
                cells(layer, token, cells);
            }
        }

        /** The layer's annotations on a token: the n-th of each of its columns' stacked values belong together. */
        private void cells(SpanLayer layer, Token token, String[] cells) {
            List<Integer> indexes = new ArrayList<>();
            if (layer.label() >= 0) {
                indexes.add(layer.label());
            }
            indexes.addAll(layer.attributes());
            if (indexes.isEmpty()) {
                // a layer without features: its one column marks the spans (a layer with slot features only has
                // none Slant reads, and gives no spans)
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    if (column.headerLine() == layer.headerLine() && column.kind() == Column.Kind.FEATURE) {
                        indexes.add(i);
                    }
                }
            }
            List<List<WebAnnoTsvEscaping.Value>> values = new ArrayList<>();
            int stacked = -1;
            for (int index : indexes) {
                String cell = cells[3 + index];
                List<WebAnnoTsvEscaping.Value> parsed = cell.equals("_") ? List.of()
                        : WebAnnoTsvEscaping.values(cell);
                if (parsed == null) {
                    problem(column(token.line(), 3 + index), Message.of("annotation.problem.tsv.not-a-value",
                            abbreviate(cell)));
                    return;
                }
                if (stacked >= 0 && parsed.size() != stacked) {
                    problem(column(token.line(), 3 + index), Message.of("annotation.problem.tsv.stacked",
                            String.valueOf(parsed.size()), columns.get(indexes.getFirst()).describe(),
                            String.valueOf(stacked)));
                    return;
                }
                stacked = parsed.size();
                values.add(parsed);
            }
            for (int n = 0; n < stacked; n++) {
                Integer id = values.getFirst().get(n).id();
                String key = layer.headerLine() + "/" + (id == null ? "line " + token.line() + "#" + unnamed++ : id);
                Building span = building.get(key);
                if (span == null) {
                    span = new Building(layer, token);
                    building.put(key, span);
                    for (int c = 0; c < indexes.size(); c++) {
                        String value = values.get(c).get(n).value();
                        int index = indexes.get(c);
                        if (index == layer.label()) {
                            span.label = value;
                        } else if (value != null && !columns.get(index).feature().isEmpty()) {
                            span.attributes.put(columns.get(index).feature(), value);
                        }
                    }
                } else {
                    span.extend(token);
                }
            }
        }

        /** The spans, on the rebuilt text: code point offsets, the text they cover. */
        List<ImportedSpan> spans(String text) {
            IntUnaryOperator codePoints = InceptionXmiLayout.codePoints(text);
            List<ImportedSpan> spans = new ArrayList<>();
            for (Building span : building.values()) {
                SpanLayer layer = span.layer;
                Token first = span.first;
                Token last = span.last;
                Message labelColumn = layer.label() < 0 ? line(layer.headerLine())
                        : column(first.line(), 3 + layer.label());
                String label = layer.label() < 0 ? layer.name() : span.label;
                if (label == null || label.isEmpty()) {
                    problem(labelColumn, Message.of("annotation.problem.tsv.no-label"));
                    continue;
                }
                int begin = span.begin;
                int end = span.end;
                if (InceptionXmiLayout.splitsCharacter(text, begin) || InceptionXmiLayout.splitsCharacter(text, end)) {
                    problem(column(first.line(), 1), Message.of("annotation.problem.tsv.splits-character",
                            String.valueOf(begin), String.valueOf(end)));
                    continue;
                }
                Place place = field -> switch (field) {
                    case "" -> Message.of("annotation.place.tsv.layer", line(first.line()), layer.type());
                    case "start" -> column(first.line(), 1);
                    case "end" -> column(last.line(), 1);
                    case "text" -> last.line() == first.line() ? column(first.line(), 2)
                            : Message.of("annotation.place.tsv.tokens", line(first.line()),
                                    String.valueOf(last.line()));
                    case "layer" -> Message.of("annotation.place.tsv.layer", line(layer.headerLine()), layer.type());
                    case "label" -> labelColumn;
                    default -> field.startsWith("attributes.") ? attributeColumn(layer, first,
                            field.substring("attributes.".length())) : line(first.line());
                };
                spans.add(new ImportedSpan(place, layer.name(), label, codePoints.applyAsInt(begin),
                        codePoints.applyAsInt(end), text.substring(begin, end), span.attributes));
            }
            spans.sort(java.util.Comparator.comparingInt(ImportedSpan::start).thenComparingInt(ImportedSpan::end));
            return spans;
        }

        private Message attributeColumn(SpanLayer layer, Token token, String feature) {
            for (int index : layer.attributes()) {
                if (columns.get(index).feature().equals(feature)) {
                    return column(token.line(), 3 + index);
                }
            }
            return line(token.line());
        }
    }

    /** A span while its tokens are read: from its first token's begin to its last one's end. */
    private static final class Building {
        final SpanLayer layer;
        final Token first;
        final Map<String, Object> attributes = new LinkedHashMap<>();
        String label;
        Token last;
        int begin;
        int end;

        Building(SpanLayer layer, Token first) {
            this.layer = layer;
            this.first = first;
            this.last = first;
            this.begin = first.begin();
            this.end = first.end();
        }

        void extend(Token token) {
            begin = Math.min(begin, token.begin());
            if (token.end() >= end) {
                end = token.end();
                last = token;
            }
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
