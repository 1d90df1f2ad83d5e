package org.slant.curation;

import java.util.UUID;
import org.slant.ActingAs;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;

/**
 * The annotation fixture's project (emoji, NBSP and CRLF in its text) with a curator and annotators who write their
 * own work, as they would.
 */
public final class CurationFixture {

    public final AnnotationFixture project;
    public final String curator;
    private final AnnotationService annotations;
    private final WorkQueue queue;
    private final UserRepository users;
    private final Memberships memberships;

    public CurationFixture(CorpusService corpus, SchemaEditor editor, AnnotationService annotations, WorkQueue queue,
            UserRepository users, Memberships memberships) {
        this.project = new AnnotationFixture(corpus, editor);
        this.annotations = annotations;
        this.queue = queue;
        this.users = users;
        this.memberships = memberships;
        this.curator = member(ProjectRole.CURATOR);
    }

    public String member(ProjectRole role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(name, name, "{noop}unused", SystemRole.USER));
        memberships.add(project.projectId, name, role);
        return name;
    }

    public Span span(String annotator, UUID layer, String label, int start, int end) {
        return ActingAs.user(annotator, () -> annotations.createSpan(project.documentId, null, new SpanDraft(layer,
                labelOf(layer, label), start, end, java.util.Map.of())).annotation());
    }

    public UUID answer(String annotator, String label, String confidence) {
        return ActingAs.user(annotator, () -> annotations.createAnswer(project.documentId, null, new AnswerDraft(
                project.overall.id(), project.label(project.overall, label), java.util.Map.of(
                        project.key(project.overall, "confidence"), confidence))).annotation().id());
    }

    public void done(String annotator) {
        ActingAs.user(annotator, () -> queue.markDone(project.documentId, true));
    }

    public UUID labelOf(UUID layer, String name) {
        return (layer.equals(project.stance.id()) ? project.stance : project.entities).labels().stream()
                .filter(label -> label.name().equals(name)).findFirst().orElseThrow().id();
    }
}
