package org.slant.export;

import java.util.List;
import java.util.UUID;
import org.slant.schema.LayerSchema;

/**
 * What every writer may need besides the documents.
 *
 * @param layers the exported layers with their labels and attributes, in the project's order
 * @param annotators the annotators exported, as named in the files (pseudonyms unless usernames were asked for)
 * @param profiles each exported annotator's profile fields (perspectivist export), by the same name; empty fields
 *     for those who gave none
 */
public record ExportContext(UUID projectId, String projectName, ExportOptions options, List<LayerSchema> layers,
        List<String> annotators, List<AnnotatorProfileRow> profiles) {

    public ExportContext {
        layers = List.copyOf(layers);
        annotators = List.copyOf(annotators);
        profiles = List.copyOf(profiles);
    }

    public record AnnotatorProfileRow(String annotator, String ageBand, String gender, String education,
            Integer politicalPlacement, List<String> newsDiet) {
    }
}
