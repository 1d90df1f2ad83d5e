package org.slant.curation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.ActingAs;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.context.ApplicationContext;

/**
 * A small study to work annotator quality out by hand, on {@link AnnotationFixture}'s blind project: four documents
 * beginning with its text (D2 to D4 add their name after it; code points 0-1 a flag, 3-4 'e' and a combining accent, 5 NBSP, 6 'x', 7-8 CRLF, 9 'y', 11-14
 * "said", 16-18 "the", 20-27 "minister", 29 an emoji, 31-35 "today"), layers Stance (Support, Oppose; no overlaps),
 * Entities (Person) and Overall (answers Left, Right), annotators amira and jonas (usernames with a common suffix):
 * <pre>
 *  doc  curation     gold                         amira (work)                    jonas (work)
 *  D1   in progress  Stance Oppose [0,6)          done: Oppose [0,6)              done: Oppose [0,6)
 *                    Stance Support [9,28)              Support [11,15)                 Support [6,9) (CRLF)
 *                    Stance Support [29,37)             Oppose [29,36)                  Support [9,28)
 *                    Entities Person [16,28)            Person [20,28)                  Person [16,28)
 *                    Overall Left                       Left                            Right
 *  D2   in progress  Stance Support [11,15)       done: Support [9,28)            in progress: Support [11,15)
 *                    Stance Support [20,28)             Right
 *                    Overall Right
 *  D3   none         –                            done: Oppose [0,6)              done: Support [9,28)
 *  D4   curated      – (empty gold)               done: Support [16,19), Left     done: Person [20,28)
 * </pre>
 * D3 has no gold and jonas has not finished D2: neither counts for them. D4's gold is empty: all its work is wrong.
 */
public final class QualityStudy {

    public final AnnotationFixture project;
    public final UUID projectId;
    public final List<UUID> documents;
    public final String amira;
    public final String jonas;
    public final String curator;
    public final String manager;
    private final AnnotationService annotations;
    private final WorkQueue queue;
    private final GoldService gold;

    /** Builds the study with the application's services, signed in as whoever the test runs as (an admin). */
    public QualityStudy(ApplicationContext context) {
        CorpusService corpus = context.getBean(CorpusService.class);
        UserRepository users = context.getBean(UserRepository.class);
        Memberships memberships = context.getBean(Memberships.class);
        this.annotations = context.getBean(AnnotationService.class);
        this.queue = context.getBean(WorkQueue.class);
        this.gold = context.getBean(GoldService.class);
        CurationFixture fixture = fixture(context);
        project = fixture.project;
        projectId = project.projectId;
        curator = fixture.curator;
        manager = fixture.member(ProjectRole.MANAGER);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        amira = annotator(users, memberships, "amira-" + suffix);
        jonas = annotator(users, memberships, "jonas-" + suffix);
        documents = List.of(project.documentId, another(corpus, "D2"), another(corpus, "D3"),
                another(corpus, "D4"));
        UUID d1 = documents.get(0);
        UUID d2 = documents.get(1);
        UUID d3 = documents.get(2);
        UUID d4 = documents.get(3);

        goldSpan(d1, project.stance, "Oppose", 0, 6);
        goldSpan(d1, project.stance, "Support", 9, 28);
        goldSpan(d1, project.stance, "Support", 29, 37);
        goldSpan(d1, project.entities, "Person", 16, 28);
        goldAnswer(d1, "Left");
        goldSpan(d2, project.stance, "Support", 11, 15);
        goldSpan(d2, project.stance, "Support", 20, 28);
        goldAnswer(d2, "Right");
        ActingAs.user(curator, () -> gold.markCurated(d4));

        span(amira, d1, project.stance, "Oppose", 0, 6);
        span(amira, d1, project.stance, "Support", 11, 15);
        span(amira, d1, project.stance, "Oppose", 29, 36);
        span(amira, d1, project.entities, "Person", 20, 28);
        answer(amira, d1, "Left");
        span(amira, d2, project.stance, "Support", 9, 28);
        answer(amira, d2, "Right");
        span(amira, d3, project.stance, "Oppose", 0, 6);
        span(amira, d4, project.stance, "Support", 16, 19);
        answer(amira, d4, "Left");
        documents.forEach(document -> done(amira, document));

        span(jonas, d1, project.stance, "Oppose", 0, 6);
        span(jonas, d1, project.stance, "Support", 6, 9);
        span(jonas, d1, project.stance, "Support", 9, 28);
        span(jonas, d1, project.entities, "Person", 16, 28);
        answer(jonas, d1, "Right");
        span(jonas, d2, project.stance, "Support", 11, 15);
        span(jonas, d3, project.stance, "Support", 9, 28);
        span(jonas, d4, project.entities, "Person", 20, 28);
        List.of(d1, d3, d4).forEach(document -> done(jonas, document));
    }

    /** A fresh {@link CurationFixture} project. */
    static CurationFixture fixture(ApplicationContext context) {
        return new CurationFixture(context.getBean(CorpusService.class), context.getBean(SchemaEditor.class),
                context.getBean(AnnotationService.class), context.getBean(WorkQueue.class),
                context.getBean(UserRepository.class), context.getBean(Memberships.class));
    }

    private String annotator(UserRepository users, Memberships memberships, String name) {
        users.save(new User(name, name, "{noop}unused", SystemRole.USER));
        memberships.add(projectId, name, ProjectRole.ANNOTATOR);
        return name;
    }

    private UUID another(CorpusService corpus, String title) {
        return corpus.addDocuments(projectId, List.of(new NewDocument(title, AnnotationFixture.TEXT + " " + title,
                null, null, null, null, null, Map.of()))).getFirst().getId();
    }

    private void goldSpan(UUID document, LayerSchema layer, String label, int start, int end) {
        ActingAs.user(curator, () -> gold.createSpan(document, null, new SpanDraft(layer.id(),
                project.label(layer, label), start, end, Map.of())));
    }

    private void goldAnswer(UUID document, String label) {
        ActingAs.user(curator, () -> gold.createAnswer(document, null, answerDraft(label)));
    }

    private void span(String annotator, UUID document, LayerSchema layer, String label, int start, int end) {
        ActingAs.user(annotator, () -> annotations.createSpan(document, null, new SpanDraft(layer.id(),
                project.label(layer, label), start, end, Map.of())));
    }

    private void answer(String annotator, UUID document, String label) {
        ActingAs.user(annotator, () -> annotations.createAnswer(document, null, answerDraft(label)));
    }

    private AnswerDraft answerDraft(String label) {
        return new AnswerDraft(project.overall.id(), project.label(project.overall, label),
                Map.of(project.key(project.overall, "confidence"), "high"));
    }

    private void done(String annotator, UUID document) {
        ActingAs.user(annotator, () -> queue.markDone(document, true));
    }
}
