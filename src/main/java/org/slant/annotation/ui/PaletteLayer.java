package org.slant.annotation.ui;

import java.util.List;
import java.util.UUID;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.springframework.modulith.NamedInterface;

/**
 * A span layer as the browser's span editors (the annotator's and the curator's) draw their palette: its labels with
 * colours and keys, and its attributes' names for the span tooltips.
 */
@NamedInterface("palette")
public record PaletteLayer(UUID id, String name, boolean overlapAllowed, List<LabelSchema> labels,
        List<AttributeName> attributes) {

    public static PaletteLayer of(LayerSchema layer) {
        return new PaletteLayer(layer.id(), layer.name(), layer.overlapAllowed(), layer.labels(),
                layer.attributes().stream().map(a -> new AttributeName(a.id(), a.name())).toList());
    }

    public record AttributeName(UUID id, String name) {
    }
}
