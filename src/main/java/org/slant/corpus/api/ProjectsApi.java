package org.slant.corpus.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentFilter;
import org.slant.corpus.DocumentLanguage;
import org.slant.corpus.DocumentSummary;
import org.slant.corpus.ProjectDeletion;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.ProjectSummary;
import org.slant.platform.InvalidInputException;
import org.slant.platform.api.PageResponse;
import org.slant.platform.api.Paging;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects and documents")
class ProjectsApi {

    private final CorpusService corpus;
    private final ProjectDeletion deletion;

    ProjectsApi(CorpusService corpus, ProjectDeletion deletion) {
        this.corpus = corpus;
        this.deletion = deletion;
    }

    @GetMapping
    @Operation(summary = "The projects, with the size of their corpus")
    List<ProjectSummary> projects() {
        return corpus.projects();
    }

    @GetMapping("/{projectId}")
    @Operation(summary = "One project with its settings and guidelines")
    ProjectDetails project(@PathVariable UUID projectId) {
        return corpus.projectDetails(projectId);
    }

    @DeleteMapping("/{projectId}")
    @Operation(summary = "Deletes the project with everything in it (managers and admins)",
            description = "Without confirm=true, nothing is deleted: 409 with what would go in its detail. With it, "
                    + "the project, its corpus, schema, annotations, gold, assignments, members' access and history "
                    + "are deleted in one transaction, and the answer lists what went.")
    ProjectDeletion.WhatGoes delete(@PathVariable UUID projectId,
            @RequestParam(defaultValue = "false") boolean confirm) {
        return deletion.delete(projectId, confirm);
    }

    @GetMapping("/{projectId}/documents")
    @Operation(summary = "The project's documents in import order, without their texts, a page at a time",
            description = "Optional filters: story and outlet (ids), q (words in the title or text, any case), "
                    + "language (a BCP 47 tag such as ar or zh-Hant). An "
                    + "annotator of an outlet-blind project gets each title as \"Article\" and its position, no "
                    + "outlets, and may filter by story only (403 otherwise).")
    PageResponse<DocumentSummary> documents(@PathVariable UUID projectId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) UUID story,
            @RequestParam(required = false) UUID outlet,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String language) {
        return PageResponse.of(corpus.documents(projectId, new DocumentFilter(story, outlet, q,
                languageTag(language)), Paging.of(page, size)));
    }

    private static String languageTag(String language) {
        try {
            return DocumentLanguage.parse(language).orElse(null);
        } catch (IllegalArgumentException notATag) {
            throw InvalidInputException.of("language", notATag.getMessage());
        }
    }
}
