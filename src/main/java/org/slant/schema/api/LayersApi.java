package org.slant.schema.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/layers")
@Tag(name = "Schema")
class LayersApi {

    private final SchemaService schema;

    LayersApi(SchemaService schema) {
        this.schema = schema;
    }

    @GetMapping
    @Operation(summary = "The project's annotation schema: layers in order, with labels and attributes")
    List<LayerSchema> layers(@PathVariable UUID projectId) {
        return schema.layers(projectId);
    }
}
