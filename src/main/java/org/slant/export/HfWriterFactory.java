package org.slant.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.schema.LayerSchema;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hf}: {@code train.jsonl}, {@code validation.jsonl} and {@code test.jsonl} (each line as in the jsonl export)
 * split by story ({@link StorySplits}), and {@code README.md}, a Hugging Face dataset card (docs/formats.md#hf).
 */
@Component
class HfWriterFactory implements ExportWriterFactory {

    static final String CARD = "README.md";

    private final JsonMapper json;

    HfWriterFactory(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.HF;
    }

    @Override
    public ExportWriter create() {
        return new HfWriter();
    }

    private final class HfWriter implements ExportWriter {

        private final Map<StorySplits.Split, OutputStream> files = new EnumMap<>(StorySplits.Split.class);
        private final Map<StorySplits.Split, long[]> counts = new EnumMap<>(StorySplits.Split.class);
        private ExportContext context;
        private ExportFiles exportFiles;
        private Map<UUID, StorySplits.Split> splits;

        @Override
        public void begin(ExportContext context, ExportFiles exportFiles) {
            this.context = context;
            this.exportFiles = exportFiles;
            this.splits = StorySplits.assign(context.groupSizes(), context.options().splits());
            for (StorySplits.Split split : StorySplits.Split.values()) {
                files.put(split, exportFiles.create(split.id() + ".jsonl"));
                counts.put(split, new long[2]);
            }
        }

        @Override
        public void document(ExportedDocument document) throws IOException {
            StorySplits.Split split = splits.getOrDefault(ExportContext.groupOf(document), StorySplits.Split.TRAIN);
            OutputStream out = files.get(split);
            out.write(json.writeValueAsBytes(JsonlWriterFactory.line(document)));
            out.write('\n');
            counts.get(split)[0]++;
            counts.get(split)[1] += document.work().stream().mapToLong(work -> work.spans().size()).sum();
        }

        @Override
        public void end() throws IOException {
            for (OutputStream out : files.values()) {
                out.close();
            }
            try (OutputStream card = exportFiles.create(CARD)) {
                card.write(card().getBytes(StandardCharsets.UTF_8));
            }
        }

        /** The splits asked for (a share above 0) that no exported document went to, joined for the card. */
        private String emptySplits(ExportOptions.Splits shares) {
            double[] share = {shares.train(), shares.validation(), shares.test()};
            return Arrays.stream(StorySplits.Split.values())
                    .filter(split -> share[split.ordinal()] > 0 && counts.get(split)[0] == 0)
                    .map(StorySplits.Split::id).collect(Collectors.joining(" and "));
        }

        private String card() {
            ExportOptions.Splits shares = context.options().splits();
            StringBuilder text = new StringBuilder();
            text.append("---\n")
                    .append("# fill in the licence of the articles and of the annotations\n")
                    .append("license: other\n")
                    .append("task_categories:\n- token-classification\n- text-classification\n")
                    .append("pretty_name: ").append(yaml(context.projectName())).append('\n')
                    .append("configs:\n- config_name: default\n  data_files:\n");
            for (StorySplits.Split split : StorySplits.Split.values()) {
                text.append("  - split: ").append(split.id()).append("\n    path: ").append(split.id())
                        .append(".jsonl\n");
            }
            text.append("---\n\n# ").append(context.projectName()).append("\n\n")
                    .append("Annotated news articles exported from Slant, a span-annotation workbench for media-bias ")
                    .append("research. Each line is one article with its text and, for each annotator")
                    .append(switch (context.options().source()) {
                        case MAJORITY -> " (here: the majority vote)";
                        case GOLD -> " (here: the gold standard, named `gold`)";
                        case ANNOTATORS -> "";
                    })
                    .append(", the spans (code-point offsets into `text`, end-exclusive) and the answers to ")
                    .append("article-level questions. `manifest.json` beside this card lists the options, counts ")
                    .append("and the SHA-256 of every file.\n\n## Splits\n\n")
                    .append("Whole stories (all outlets' coverage of one event) go to one split, so that no event is ")
                    .append("in two; stories were shuffled with seed ").append(shares.seed())
                    .append(" and placed largest first into the split furthest below its share (")
                    .append(shares.train()).append(" / ").append(shares.validation()).append(" / ")
                    .append(shares.test()).append(").\n\n| split | documents | spans |\n|---|---|---|\n");
            for (StorySplits.Split split : StorySplits.Split.values()) {
                text.append("| ").append(split.id()).append(" | ").append(counts.get(split)[0]).append(" | ")
                        .append(counts.get(split)[1]).append(" |\n");
            }
            String empty = emptySplits(shares);
            if (!empty.isEmpty()) {
                text.append("\n**Empty: ").append(empty).append(".** A story is never divided between splits, ")
                        .append("and the project has ").append(context.groupSizes().size())
                        .append(" (an article without a story counting as one). Put the articles into more ")
                        .append("stories, or set the empty splits' shares to 0.\n");
            }
            text.append("\n## Schema\n\n");
            for (LayerSchema layer : context.layers()) {
                text.append("- **").append(layer.name()).append("** (").append(layer.kind() == null ? ""
                        : layer.kind().name().toLowerCase()).append(" layer): ")
                        .append(layer.labels().stream().map(LayerSchema.LabelSchema::name)
                                .collect(Collectors.joining(", ")));
                if (!layer.attributes().isEmpty()) {
                    text.append("; attributes: ").append(layer.attributes().stream()
                            .map(LayerSchema.AttributeSchema::name).distinct().collect(Collectors.joining(", ")));
                }
                text.append('\n');
            }
            if (context.gold() != null) {
                gold(text, context.gold());
            }
            text.append("\n## Annotators\n\n");
            if (context.options().source() == ExportOptions.LabelSource.GOLD) {
                text.append("The labels are the gold standard's, not the annotators'.\n");
            } else {
                text.append(context.annotators().size()).append(context.options().usernames()
                        ? " annotators, by username.\n"
                        : " annotators, by stable pseudonyms (`a-` and 8 hex digits).\n");
            }
            text
                    .append("\n## Agreement\n\nSee the project's agreement report in Slant (Agreement tab, or ")
                    .append("`GET /api/v1/projects/").append(context.projectId())
                    .append("/agreement`); its measures are defined in Slant's docs/measures.md.\n")
                    .append("\n## Citation and licence\n\n")
                    .append("- Cite: _fill in_\n- Licence of the texts: _fill in_\n")
                    .append("- Licence of the annotations: _fill in_\n");
            return text.toString();
        }

        /** How the gold standard was made, from the manifest's {@code gold}. */
        private void gold(StringBuilder text, ExportManifest.Gold gold) {
            boolean source = context.options().source() == ExportOptions.LabelSource.GOLD;
            ExportManifest.Origins origins = gold.origins();
            ExportManifest.Curation curation = gold.curation();
            text.append("\n## Gold standard\n\n")
                    .append(source ? "Each line's labels are the gold standard" : "Each line has `gold`, the gold "
                            + "standard beside the annotators' labels, where the document has one")
                    .append(": adjudicated in Slant from the annotators' work, in documents ")
                    .append(gold.statuses().contains("IN_PROGRESS") ? "marked curated or whose curation is in "
                            + "progress (not yet reviewed in full)" : "a curator marked curated")
                    .append(". Its spans and answers: ").append(origins.merged()).append(" merged by rule")
                    .append(gold.rules().isEmpty() ? "" : " (" + String.join(", ", gold.rules()) + ")")
                    .append(", ").append(origins.mergedThenEdited()).append(" of them edited since; ")
                    .append(origins.accepted()).append(" accepted from an annotator; ")
                    .append(origins.curatorMade()).append(" made by a curator. ")
                    .append(gold.curators().size()).append(gold.curators().size() == 1 ? " curator" : " curators")
                    .append(" worked on it. Of the project's documents, ").append(curation.curated())
                    .append(" are curated, ").append(curation.inProgress()).append(" in progress and ")
                    .append(curation.notStarted()).append(" not started. `manifest.json` (`gold`) says the same.\n");
        }

        private String yaml(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
