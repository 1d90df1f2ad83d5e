package org.slant.schema.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.api.BadRequestException;
import org.slant.schema.ProjectSetup;
import org.slant.schema.SchemaPreset;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Projects and documents")
class ProjectCreationApi {

    private final ProjectSetup setup;
    private final CorpusService corpus;
    private final SchemaService schema;

    ProjectCreationApi(ProjectSetup setup, CorpusService corpus, SchemaService schema) {
        this.setup = setup;
        this.corpus = corpus;
        this.schema = schema;
    }

    /**
     * @param presets preset names to start the schema with, e.g. ["framing", "tone"]
     * @param annotatorsPerDocument default 1; blind and snapToWords default true, outletBlind false
     */
    record NewProject(String name, String description, String guidelines, Integer annotatorsPerDocument,
            Boolean blind, Boolean snapToWords, Boolean outletBlind, List<String> presets) {

        ProjectSettings settings() {
            return new ProjectSettings(name, description, guidelines,
                    annotatorsPerDocument == null ? 1 : annotatorsPerDocument, blind == null || blind,
                    snapToWords == null || snapToWords, outletBlind != null && outletBlind);
        }
    }

    record ProjectChange(String name, String description, String guidelines, Integer annotatorsPerDocument,
            Boolean blind, Boolean snapToWords, Boolean outletBlind) {
    }

    record PresetName(String preset) {
    }

    @PostMapping("/projects")
    @Operation(summary = "Create a project, optionally with schema presets; answers 201 with the project")
    ResponseEntity<ProjectDetails> create(@RequestBody NewProject body) {
        UUID id = setup.create(body.settings(), body.presets());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(corpus.projectDetails(id));
    }

    @PutMapping("/projects/{projectId}")
    @Operation(summary = "Change a project's settings; fields left out keep their value")
    ProjectDetails update(@PathVariable UUID projectId, @RequestBody ProjectChange body) {
        ProjectDetails current = corpus.projectDetails(projectId);
        return corpus.updateProject(projectId, new ProjectSettings(
                body.name() == null ? current.name() : body.name(),
                body.description() == null ? current.description() : body.description(),
                body.guidelines() == null ? current.guidelines() : body.guidelines(),
                body.annotatorsPerDocument() == null ? current.annotatorsPerDocument() : body.annotatorsPerDocument(),
                body.blind() == null ? current.blind() : body.blind(),
                body.snapToWords() == null ? current.snapToWords() : body.snapToWords(),
                body.outletBlind() == null ? current.outletBlind() : body.outletBlind()));
    }

    @GetMapping("/presets")
    @Operation(summary = "The schema presets Slant ships with")
    List<SchemaPreset> presets() {
        return SchemaPresets.all();
    }

    @PostMapping("/projects/{projectId}/presets")
    @Operation(summary = "Add a preset's layers to a project; label keys already in use are left off and listed")
    ResponseEntity<SchemaService.PresetAdded> addPreset(@PathVariable UUID projectId, @RequestBody PresetName body) {
        SchemaPreset preset = SchemaPresets.byId(body.preset() == null ? "" : body.preset())
                .orElseThrow(() -> new BadRequestException("No preset named '" + body.preset() + "'; the presets are "
                        + SchemaPresets.all().stream().map(SchemaPreset::id).toList()));
        return ResponseEntity.status(201).body(schema.addPreset(projectId, preset));
    }
}
