package org.slant.schema.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing a project's schema. Changes that would delete or alter annotations (the annotators' or gold) answer 409
 * with the number affected; the same call with {@code confirm=true} goes ahead (the annotation and gold histories
 * keep what was changed).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Schema")
class SchemaEditingApi {

    private final SchemaEditor editor;

    SchemaEditingApi(SchemaEditor editor) {
        this.editor = editor;
    }

    /** @param index the new place, from 0 */
    record Move(int index) {
    }

    @PostMapping("/projects/{projectId}/layers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a layer at the end")
    LayerSchema addLayer(@PathVariable UUID projectId, @RequestBody LayerDraft layer) {
        return editor.addLayer(projectId, layer);
    }

    @PutMapping("/layers/{layerId}")
    @Operation(summary = "Rename or change a layer (its kind stays)")
    LayerSchema updateLayer(@PathVariable UUID layerId, @RequestBody LayerDraft layer) {
        return editor.updateLayer(layerId, layer);
    }

    @PostMapping("/layers/{layerId}/move")
    @Operation(summary = "Move a layer; answers the project's layers in their new order")
    List<LayerSchema> moveLayer(@PathVariable UUID layerId, @RequestBody Move move) {
        return editor.moveLayer(layerId, move.index());
    }

    @DeleteMapping("/layers/{layerId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a layer; with annotations only with confirm=true")
    void deleteLayer(@PathVariable UUID layerId, @RequestParam(defaultValue = "false") boolean confirm) {
        editor.deleteLayer(layerId, confirm);
    }

    @PostMapping("/layers/{layerId}/labels")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a label; its key must not be another label's in the project's span layers")
    LayerSchema addLabel(@PathVariable UUID layerId, @RequestBody LabelDraft label) {
        return editor.addLabel(layerId, label);
    }

    @PutMapping("/layers/{layerId}/labels/{labelId}")
    @Operation(summary = "Rename or change a label; its annotations keep it")
    LayerSchema updateLabel(@PathVariable UUID layerId, @PathVariable UUID labelId, @RequestBody LabelDraft label) {
        return editor.updateLabel(layerId, labelId, label);
    }

    @PostMapping("/layers/{layerId}/labels/{labelId}/move")
    LayerSchema moveLabel(@PathVariable UUID layerId, @PathVariable UUID labelId, @RequestBody Move move) {
        return editor.moveLabel(layerId, labelId, move.index());
    }

    @DeleteMapping("/layers/{layerId}/labels/{labelId}")
    @Operation(summary = "Delete a label; with annotations only with confirm=true, which deletes them too")
    LayerSchema deleteLabel(@PathVariable UUID layerId, @PathVariable UUID labelId,
            @RequestParam(defaultValue = "false") boolean confirm) {
        return editor.deleteLabel(layerId, labelId, confirm);
    }

    @PostMapping("/layers/{layerId}/attributes")
    @ResponseStatus(HttpStatus.CREATED)
    LayerSchema addAttribute(@PathVariable UUID layerId, @RequestBody AttributeDraft attribute) {
        return editor.addAttribute(layerId, attribute);
    }

    @PutMapping("/layers/{layerId}/attributes/{attributeId}")
    @Operation(summary = "Change an attribute; removing options that annotations hold needs confirm=true")
    LayerSchema updateAttribute(@PathVariable UUID layerId, @PathVariable UUID attributeId,
            @RequestBody AttributeDraft attribute, @RequestParam(defaultValue = "false") boolean confirm) {
        return editor.updateAttribute(layerId, attributeId, attribute, confirm);
    }

    @PostMapping("/layers/{layerId}/attributes/{attributeId}/move")
    LayerSchema moveAttribute(@PathVariable UUID layerId, @PathVariable UUID attributeId, @RequestBody Move move) {
        return editor.moveAttribute(layerId, attributeId, move.index());
    }

    @DeleteMapping("/layers/{layerId}/attributes/{attributeId}")
    @Operation(summary = "Delete an attribute; held by annotations only with confirm=true, which removes the values")
    LayerSchema deleteAttribute(@PathVariable UUID layerId, @PathVariable UUID attributeId,
            @RequestParam(defaultValue = "false") boolean confirm) {
        return editor.deleteAttribute(layerId, attributeId, confirm);
    }
}
