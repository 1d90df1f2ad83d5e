package org.slant.annotation.importing;

import java.util.Map;

/**
 * Renames a file's layers and labels to the project's (e.g. PTC's 2020 technique names to SemEval-2023's). Read from
 * a JSON file: {@code {"layers": {"<file's>": "<project's>"}, "labels": {"<file's>": "<project's>"}}}; a label may
 * also be given as {@code "<layer>/<label>"} to rename it in one layer only. Names not listed stay as they are.
 */
public record LabelMapping(Map<String, String> layers, Map<String, String> labels) {

    public static final LabelMapping NONE = new LabelMapping(Map.of(), Map.of());

    public LabelMapping {
        layers = Map.copyOf(layers);
        labels = Map.copyOf(labels);
    }

    public String layer(String name) {
        return name == null ? null : layers.getOrDefault(name, name);
    }

    /** The project's name for a label of the file's layer {@code fileLayer} (before renaming), or its own. */
    public String label(String fileLayer, String name) {
        if (fileLayer != null && labels.containsKey(fileLayer + "/" + name)) {
            return labels.get(fileLayer + "/" + name);
        }
        return labels.getOrDefault(name, name);
    }
}
