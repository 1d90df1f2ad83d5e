package org.slant.curation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.query.AssignmentStates;
import org.slant.annotation.query.ComparableWork;
import org.slant.annotation.query.ComparableWork.AnnotatorWork;
import org.slant.annotation.query.ProjectWork;
import org.slant.corpus.DocumentGroups;
import org.slant.platform.Progress;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every document of a project with its annotators and agreement, as the curation queue sorts and filters them; kept
 * per project until its work changes (the same fingerprint as the agreement report's, docs/decisions/0016), so that
 * paging through a 10,000-document queue reads the spans once. At most {@value #PROJECTS} projects, each dropped after
 * an hour unused.
 */
@Component
class QueueFigures {

    static final int PROJECTS = 16;

    private final ComparableWork work;
    private final ProjectWork annotations;
    private final AssignmentStates assignments;
    private final DocumentGroups groups;
    private final SchemaService schema;
    private final Cache<UUID, Kept> kept = Caffeine.newBuilder().maximumSize(PROJECTS)
            .expireAfterAccess(Duration.ofHours(1)).build();

    QueueFigures(ComparableWork work, ProjectWork annotations, AssignmentStates assignments, DocumentGroups groups,
            SchemaService schema) {
        this.work = work;
        this.annotations = annotations;
        this.assignments = assignments;
        this.groups = groups;
        this.schema = schema;
    }

    /** The project's documents in corpus order; callers check who may ask. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<QueueEntry> of(UUID projectId) {
        return of(projectId, Progress.NONE);
    }

    /**
     * The project's documents in corpus order, computed afresh if the work changed since they were kept, telling
     * {@code progress} how many documents have been read; callers check who may ask.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<QueueEntry> of(UUID projectId, Progress progress) {
        // read in the snapshot the figures would be computed from
        DocumentGroups.Summary corpus = groups.of(projectId);
        Fingerprint now = new Fingerprint(annotations.changes(projectId), assignments.of(projectId), corpus);
        Kept before = kept.getIfPresent(projectId);
        if (before != null && before.fingerprint().equals(now)) {
            return before.entries();
        }
        List<QueueEntry> entries = compute(projectId, corpus.documents(), progress);
        kept.put(projectId, new Kept(now, entries));
        return entries;
    }

    private List<QueueEntry> compute(UUID projectId, long documents, Progress progress) {
        List<UUID> labels = schema.layers(projectId).stream().flatMap(layer -> layer.labels().stream())
                .map(LayerSchema.LabelSchema::id).toList();
        List<QueueEntry> entries = new ArrayList<>();
        progress.advanced(0, documents);
        work.documents(projectId, labels, document -> {
            List<AnnotatorWork> done = document.annotators().stream().filter(AnnotatorWork::done).toList();
            entries.add(new QueueEntry(document.id(), document.position(), document.title(), document.storyId(),
                    document.story(), document.outletId(), document.outlet(), document.annotators().stream()
                            .map(one -> new Assigned(one.username(), AssignmentStatus.valueOf(one.status())))
                            .toList(), done.size(), DocumentAgreement.of(done)));
            progress.advanced(entries.size(), documents);
        });
        return List.copyOf(entries);
    }

    /** A document as the queue keeps it: what it shows, without curation status and gold, which are read fresh. */
    record QueueEntry(UUID id, int position, String title, UUID storyId, String story, UUID outletId, String outlet,
            List<Assigned> annotators, int done, DocumentAgreement agreement) {
    }

    record Assigned(String username, AssignmentStatus status) {
    }

    /** Everything the figures rest on, cheap to read: the spans and answers, the assignments, stories and outlets. */
    private record Fingerprint(ProjectWork.Changes annotations, AssignmentStates.Summary assignments,
            DocumentGroups.Summary groups) {
    }

    private record Kept(Fingerprint fingerprint, List<QueueEntry> entries) {
    }
}
