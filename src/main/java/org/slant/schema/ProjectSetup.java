package org.slant.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Project;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a project together with the schema presets chosen for it, all or nothing. */
@Service
public class ProjectSetup {

    private final CorpusService corpus;
    private final SchemaService schema;

    ProjectSetup(CorpusService corpus, SchemaService schema) {
        this.corpus = corpus;
        this.schema = schema;
    }

    @Transactional
    public UUID create(ProjectSettings settings, List<String> presetIds) {
        List<SchemaPreset> presets = presets(presetIds);
        Project project = corpus.createProject(settings);
        for (SchemaPreset preset : presets) {
            schema.addPreset(project.getId(), preset);
        }
        return project.getId();
    }

    /** The presets named, in order; unknown or repeated names are refused before anything is created. */
    static List<SchemaPreset> presets(List<String> presetIds) {
        List<SchemaPreset> presets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String id : presetIds == null ? List.<String>of() : presetIds) {
            SchemaPresets.byId(id == null ? "" : id.strip()).ifPresentOrElse(preset -> {
                if (presets.contains(preset)) {
                    problems.add(Problem.of("presets", Message.of("schema.refusal.listed-twice", String.valueOf(id))));
                } else {
                    presets.add(preset);
                }
            }, () -> problems.add(Problem.of("presets", Message.of("schema.refusal.no-preset", String.valueOf(id),
                    SchemaPresets.all().stream().map(SchemaPreset::id).toList().toString()))));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("schema.refusal.presets-not-used"), problems);
        }
        return presets;
    }
}
