package org.slant.curation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.ActingAs;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.schema.AttributeType;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;

/**
 * A blind study of six articles worked by hand, the curation queue's test case: a span layer (Stance: Support and
 * Oppose, with a strength) and an answer layer (Overall: Left or Right); annotators amira, jonas and lea (usernames
 * with a suffix of their own), a curator and an annotator of no document. What they did, and the agreement it makes
 * (mean pairwise exact F1 over spans and answers):
 * <ol>
 * <li>"Unanimous" (story Summit, outlet Fox): amira and jonas Support 0-5 strong and Overall Left, done: 1, unanimous
 * <li>"Split" (Summit, Fox): amira Support 0-5, jonas Support 0-6, done: 0
 * <li>"Partly" (Summit, UPI): amira and lea Support 0-5 and 10-15, jonas Support 0-5, all done: (2/3 + 1 + 2/3) / 3
 * <li>"One done": amira Support 0-5 done, jonas Support 0-5 in progress: no figure
 * <li>"Strength differs": amira Support 0-5 weak, jonas Support 0-5 strong, done: 1, not unanimous
 * <li>"Nothing to mark": amira and jonas done without marking anything: 1, unanimous
 * </ol>
 */
public final class CurationStudy {

    public static final String TEXT = "NATO and Russia talked for hours in Brussels on Wednesday.";

    public final UUID projectId;
    public final List<UUID> documents;
    public final LayerSchema stance;
    public final LayerSchema overall;
    public final String amira;
    public final String jonas;
    public final String lea;
    public final String curator;
    public final String idle;
    private final AnnotationService annotations;
    private final WorkQueue queue;
    private final String strength;

    public CurationStudy(CorpusService corpus, SchemaEditor editor, AnnotationService annotations, WorkQueue queue,
            UserRepository users, Memberships memberships) {
        this.annotations = annotations;
        this.queue = queue;
        projectId = corpus.createProject("Curation queue " + UUID.randomUUID(), "").getId();
        documents = corpus.addDocuments(projectId, List.of(
                article("Unanimous", "Fox", "Summit"), article("Split", "Fox", "Summit"),
                article("Partly", "UPI", "Summit"), article("One done", null, null),
                article("Strength differs", null, null), article("Nothing to mark", null, null)))
                .stream().map(Document::getId).toList();
        UUID stanceId = editor.addLayer(projectId, new LayerDraft("Stance", LayerKind.SPAN, true, false, "")).id();
        editor.addLabel(stanceId, new LabelDraft("Support", "#2ca02c", null, ""));
        editor.addLabel(stanceId, new LabelDraft("Oppose", "#d62728", null, ""));
        stance = editor.addAttribute(stanceId, new AttributeDraft(null, "strength", AttributeType.CHOICE,
                List.of("weak", "strong"), false, null, null, ""));
        strength = stance.attributes().getFirst().id().toString();
        UUID overallId = editor.addLayer(projectId, new LayerDraft("Overall", LayerKind.DOCUMENT, false, false, ""))
                .id();
        editor.addLabel(overallId, new LabelDraft("Left", "#9467bd", null, ""));
        overall = editor.addLabel(overallId, new LabelDraft("Right", "#8c564b", null, ""));
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 6);
        amira = member(users, memberships, "amira" + suffix, ProjectRole.ANNOTATOR);
        jonas = member(users, memberships, "jonas" + suffix, ProjectRole.ANNOTATOR);
        lea = member(users, memberships, "lea" + suffix, ProjectRole.ANNOTATOR);
        curator = member(users, memberships, "curator" + suffix, ProjectRole.CURATOR);
        idle = member(users, memberships, "idle" + suffix, ProjectRole.ANNOTATOR);

        support(amira, 0, 0, 5, "strong");
        support(jonas, 0, 0, 5, "strong");
        answer(amira, 0, "Left");
        answer(jonas, 0, "Left");
        done(0, amira, jonas);
        support(amira, 1, 0, 5, null);
        support(jonas, 1, 0, 6, null);
        done(1, amira, jonas);
        support(amira, 2, 0, 5, null);
        support(amira, 2, 10, 15, null);
        support(jonas, 2, 0, 5, null);
        support(lea, 2, 0, 5, null);
        support(lea, 2, 10, 15, null);
        done(2, amira, jonas, lea);
        support(amira, 3, 0, 5, null);
        support(jonas, 3, 0, 5, null);
        done(3, amira);
        support(amira, 4, 0, 5, "weak");
        support(jonas, 4, 0, 5, "strong");
        done(4, amira, jonas);
        done(5, amira, jonas);
    }

    public UUID label(LayerSchema layer, String name) {
        return layer.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElseThrow().id();
    }

    public void support(String annotator, int document, int start, int end, String strong) {
        ActingAs.user(annotator, () -> annotations.createSpan(documents.get(document), null, new SpanDraft(
                stance.id(), label(stance, "Support"), start, end, strong == null ? Map.of()
                        : Map.of(strength, strong))));
    }

    public void done(int document, String... annotators) {
        for (String annotator : annotators) {
            ActingAs.user(annotator, () -> queue.markDone(documents.get(document), true));
        }
    }

    private void answer(String annotator, int document, String label) {
        ActingAs.user(annotator, () -> annotations.createAnswer(documents.get(document), null, new AnswerDraft(
                overall.id(), label(overall, label), Map.of())));
    }

    private String member(UserRepository users, Memberships memberships, String name, ProjectRole role) {
        users.save(new User(name, name.substring(0, 1).toUpperCase() + name.substring(1, name.indexOf('-')),
                "{noop}unused", SystemRole.USER));
        memberships.add(projectId, name, role);
        return name;
    }

    private static NewDocument article(String title, String outlet, String story) {
        return new NewDocument(title, TEXT + " " + title + ".", outlet, story, null, null, null, Map.of());
    }
}
