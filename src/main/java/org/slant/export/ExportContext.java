package org.slant.export;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.schema.LayerSchema;

/**
 * What every writer may need besides the documents.
 *
 * @param layers the exported layers with their labels and attributes, in the project's order
 * @param annotators the annotators exported, as named in the files (pseudonyms unless usernames were asked for)
 * @param profiles each exported annotator's profile fields (perspectivist export), by the same name; empty fields
 *     for those who gave none
 * @param groupSizes for the hf export's splits: the project's documents per story, a story-less document counting
 *     as a group of its own (keyed by its id); empty for other formats
 * @param gold how the export's gold was made (without what was exported of it); null when it holds no gold
 */
public record ExportContext(UUID projectId, String projectName, ExportOptions options, List<LayerSchema> layers,
        List<String> annotators, List<AnnotatorProfileRow> profiles, Map<UUID, Integer> groupSizes,
        ExportManifest.Gold gold) {

    public ExportContext {
        layers = List.copyOf(layers);
        annotators = List.copyOf(annotators);
        profiles = List.copyOf(profiles);
        groupSizes = Map.copyOf(groupSizes);
    }

    /** The group a document's split follows: its story, or itself when it has none. */
    public static UUID groupOf(ExportedDocument document) {
        return document.storyId() == null ? document.id() : document.storyId();
    }

    public record AnnotatorProfileRow(String annotator, String ageBand, String gender, String education,
            Integer politicalPlacement, List<String> newsDiet) {
    }
}
