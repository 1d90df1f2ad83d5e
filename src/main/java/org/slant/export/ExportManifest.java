package org.slant.export;

import java.util.List;
import java.util.UUID;

/**
 * What {@code manifest.json} of an export bundle says (docs/formats.md): which Slant wrote it and when, from which
 * project, with which schema and options, how much it holds, and the size and SHA-256 of every other file of the
 * bundle, so that a dataset can be checked and cited.
 *
 * @param kind always {@link #KIND}
 * @param exportedAt ISO-8601 instant, UTC
 * @param format the format's id, e.g. "jsonl"
 * @param gold how the gold in the export was made; null when it holds no gold
 */
public record ExportManifest(String kind, int version, String slantVersion, String exportedAt, Project project,
        String format, List<Layer> schema, Options options, Counts counts, List<ExportedFile> files, Gold gold) {

    public static final String KIND = "slant-export";
    public static final int VERSION = 1;
    public static final String FILE_NAME = "manifest.json";

    public ExportManifest {
        schema = List.copyOf(schema);
        files = List.copyOf(files);
    }

    public record Project(UUID id, String name) {
    }

    /** An exported layer: SPAN or DOCUMENT, its label names and attribute names in the project's order. */
    public record Layer(String name, String kind, List<String> labels, List<String> attributes) {
    }

    /**
     * The options as asked, annotators named as in the files (pseudonyms unless usernames were asked for).
     *
     * @param gold which documents' gold: CURATED or ANY (also those in progress)
     */
    public record Options(List<String> layers, List<String> labels, List<String> annotators, boolean onlyDone,
            String source, String hygiene, String hygieneLayer, ExportOptions.Splits splits, boolean usernames,
            String gold) {
    }

    /**
     * How the export's gold was made, so that it can be cited: over the gold of the project's documents whose
     * curation is in one of {@code statuses}, in the exported layers and labels.
     *
     * @param statuses CURATED, and IN_PROGRESS when documents whose gold is in progress were asked for too
     * @param rules the merge rules that made some of it, e.g. MAJORITY
     * @param curators who changed it or marked its documents curated, named as annotators are
     * @param curation the project's documents by where their curation stands
     * @param exported what of it the export holds (after filters and hygiene)
     */
    public record Gold(List<String> statuses, List<String> rules, Origins origins, List<String> curators,
            Curation curation, Exported exported) {

        public Gold {
            statuses = List.copyOf(statuses);
            rules = List.copyOf(rules);
            curators = List.copyOf(curators);
        }

        Gold with(Exported written) {
            return new Gold(statuses, rules, origins, curators, curation, written);
        }
    }

    /**
     * How many gold spans and answers came from each origin.
     *
     * @param mergedThenEdited of those merged by a rule, how many a person changed since
     */
    public record Origins(long merged, long mergedThenEdited, long accepted, long curatorMade) {
    }

    public record Curation(long curated, long inProgress, long notStarted) {
    }

    /** The documents with gold in the export, and their gold spans and answers. */
    public record Exported(long documents, long spans, long answers) {
    }

    /**
     * @param annotators the annotators whose work went into the export (for a majority vote: those who voted)
     * @param spans spans written (after filters, hygiene and the vote)
     */
    public record Counts(long documents, long annotators, long spans, long answers) {
    }

    /** @param sha256 of the file's bytes as lower-case hex */
    public record ExportedFile(String name, long bytes, String sha256) {
    }
}
