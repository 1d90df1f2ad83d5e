package org.slant.annotation.importing;

/**
 * How an upload of annotated data is taken in (docs/import.md#annotated-data).
 *
 * @param format the reader's {@link AnnotatedFormat#name()}, e.g. {@code "slant"} or {@code "ptc"}
 * @param createAnnotators whether annotators' usernames without an account get one (inactive, without password)
 * @param annotator the username whose work the spans become when the format names no annotators (PTC, BASIL, ...)
 * @param source when given, the spans are stored as suggestions of this source (a model, a dataset) instead of as
 *     anyone's work; answers and statuses are then not taken
 * @param layer the layer that takes spans of a format that has no layers, by name
 * @param createMissing whether layers and labels the project lacks are created (otherwise they are refused, listed)
 * @param mapping renames the file's layers and labels to the project's
 */
public record ImportOptions(String format, boolean createAnnotators, String annotator, String source, String layer,
        boolean createMissing, LabelMapping mapping) {

    public ImportOptions {
        format = format == null || format.isBlank() ? "slant" : format.strip();
        annotator = blankToNull(annotator);
        source = blankToNull(source);
        layer = blankToNull(layer);
        mapping = mapping == null ? LabelMapping.NONE : mapping;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
