package org.slant.export;

import com.ibm.icu.text.BreakIterator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slant.agreement.Tokens;
import org.slant.corpus.WordSegments;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.springframework.stereotype.Component;

/**
 * {@code annotations.conll}: CoNLL-2003-style BIO tags (docs/formats.md#conll). One token a line, the token then a
 * tab-separated tag column for each span layer and annotator (or the majority vote), {@code -DOCSTART-} before each
 * document, a blank line after each sentence. Tokens are {@link Tokens}' (the JDK's word breaker, whitespace left
 * out); sentences the JDK's sentence breaker's, and every line break ends one. Where one annotator's spans of a
 * layer overlap, the longest wins, then the earliest. Spaces in labels become underscores.
 */
@Component
class ConllWriterFactory implements ExportWriterFactory {

    static final String FILE = "annotations.conll";

    @Override
    public ExportFormat format() {
        return ExportFormat.CONLL;
    }

    @Override
    public ExportWriter create() {
        return new ConllWriter();
    }

    /** A column: one span layer as one annotator (or the vote) tagged it. */
    private record Column(String layer, String annotator) {
    }

    private static final class ConllWriter implements ExportWriter {

        private final List<Column> columns = new ArrayList<>();
        private Writer out;

        @Override
        public void begin(ExportContext context, ExportFiles files) throws IOException {
            for (LayerSchema layer : context.layers()) {
                if (layer.kind() == LayerKind.SPAN) {
                    context.annotators().forEach(annotator -> columns.add(new Column(layer.name(), annotator)));
                }
            }
            out = new BufferedWriter(new OutputStreamWriter(files.create(FILE), StandardCharsets.UTF_8));
            out.write("# columns: token");
            for (Column column : columns) {
                out.write("\t" + column.layer().replace(' ', '_') + "/" + column.annotator());
            }
            out.write("\n");
        }

        @Override
        public void document(ExportedDocument document) throws IOException {
            int[] tokens = Tokens.of(document.text());
            int count = tokens.length / 2;
            String[][] tags = new String[columns.size()][];
            for (int column = 0; column < columns.size(); column++) {
                tags[column] = tags(tokens, spans(document, columns.get(column)));
            }
            int[] sentenceEnds = sentenceEnds(document.text());
            out.write("-DOCSTART-");
            for (int column = 0; column < columns.size(); column++) {
                out.write("\tO");
            }
            out.write("\n\n");
            int[] codePoints = document.text().codePoints().toArray();
            int sentence = 0;
            boolean lineHasTokens = false;
            for (int token = 0; token < count; token++) {
                int start = tokens[2 * token];
                while (sentence < sentenceEnds.length && sentenceEnds[sentence] <= start) {
                    sentence++;
                    if (lineHasTokens) {
                        out.write("\n");
                        lineHasTokens = false;
                    }
                }
                out.write(new String(codePoints, start, tokens[2 * token + 1] - start));
                for (String[] column : tags) {
                    out.write("\t" + column[token]);
                }
                out.write("\n");
                lineHasTokens = true;
            }
            if (lineHasTokens) {
                out.write("\n");
            }
        }

        @Override
        public void end() throws IOException {
            out.close();
        }

        private static List<ExportedDocument.ExportedSpan> spans(ExportedDocument document, Column column) {
            return document.work().stream().filter(work -> work.annotator().equals(column.annotator()))
                    .flatMap(work -> work.spans().stream()).filter(span -> span.layer().equals(column.layer()))
                    .toList();
        }

        /** BIO per token; the longest span first, so that a shorter one overlapping it does not cut it up. */
        static String[] tags(int[] tokens, List<ExportedDocument.ExportedSpan> spans) {
            int count = tokens.length / 2;
            String[] tags = new String[count];
            java.util.Arrays.fill(tags, "O");
            List<ExportedDocument.ExportedSpan> ordered = new ArrayList<>(spans);
            ordered.sort(Comparator.comparingInt((ExportedDocument.ExportedSpan span) -> span.start() - span.end())
                    .thenComparingInt(ExportedDocument.ExportedSpan::start));
            for (ExportedDocument.ExportedSpan span : ordered) {
                List<Integer> covered = new ArrayList<>();
                for (int token = 0; token < count; token++) {
                    if (tokens[2 * token] < span.end() && tokens[2 * token + 1] > span.start()) {
                        covered.add(token);
                    }
                }
                if (covered.isEmpty() || covered.stream().anyMatch(token -> !"O".equals(tags[token]))) {
                    continue;
                }
                String label = span.label().replace(' ', '_');
                for (int i = 0; i < covered.size(); i++) {
                    tags[covered.get(i)] = (i == 0 ? "B-" : "I-") + label;
                }
            }
            return tags;
        }

        /** Where sentences end, in code points: the sentence breaker's ends and every line break. */
        private static int[] sentenceEnds(String text) {
            BreakIterator sentences = WordSegments.sentences(text);
            java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
            for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
                ends.add(text.codePointCount(0, end));
            }
            int codePoint = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                codePoint++;
                if (text.charAt(i) == '\n') {
                    ends.add(codePoint);
                }
            }
            return ends.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
