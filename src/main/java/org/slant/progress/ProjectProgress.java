package org.slant.progress;

import java.util.List;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectDetails;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a project's annotation has come: per annotator, per document, per outlet and per story (docs/progress.md).
 * Every figure is counted by PostgreSQL; what reaches Java is one row per annotator, outlet, shown story or listed
 * document. Until managers assign work, an assignment exists once an annotator has opened a document.
 */
@Service
@Transactional(readOnly = true)
public class ProjectProgress {

    private final CorpusService corpus;
    private final SummaryFigures summary;
    private final AnnotatorFigures annotators;
    private final GroupFigures groups;
    private final DocumentFigures documents;

    ProjectProgress(CorpusService corpus, SummaryFigures summary, AnnotatorFigures annotators, GroupFigures groups,
            DocumentFigures documents) {
        this.corpus = corpus;
        this.summary = summary;
        this.annotators = annotators;
        this.groups = groups;
        this.documents = documents;
    }

    /**
     * Everything but the list of documents, with the {@code storiesShown} stories furthest behind. One snapshot of
     * the database, so that the figures agree with each other while annotators go on working.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ProgressOverview overview(UUID projectId, int storiesShown) {
        int k = open(projectId).annotatorsPerDocument();
        List<AnnotatorProgress> people = annotators.annotators(projectId);
        SummaryFigures.Spread spread = summary.spread(projectId, k, people.size());
        GroupFigures.Groups stories = groups.storiesFurthestBehind(projectId, k, storiesShown);
        return new ProgressOverview(spread.summary(), people, spread.levels(), groups.outlets(projectId, k),
                stories.shown(), stories.total());
    }

    /** One page of the project's documents, those with the fewest done annotations first, then by position. */
    public Page<DocumentProgress> documents(UUID projectId, Pageable page) {
        ProjectDetails project = open(projectId);
        List<DocumentProgress> shown = documents.documents(projectId, project.annotatorsPerDocument(),
                page.getOffset(), page.getPageSize());
        return new PageImpl<>(shown, page, project.documents());
    }

    /** Every entry point passes here first: an unknown project is a 404, and here goes the check of who may look. */
    /** Progress is the managers' view of everyone's work. */
    private ProjectDetails open(UUID projectId) {
        corpus.projectToChange(projectId);
        return corpus.projectDetails(projectId);
    }
}
