package org.slant.agreement;

import org.slant.ActingAs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small study whose agreement can be worked out by hand. Span layer Frames (Economic, Security), document layer
 * Tone (negative, neutral, positive; ordered). Offsets are code points.
 * <pre>
 *   doc outlet story   work                               Frames                                Tone
 *   D1  Fox    Summit  alice, bob, carol done             alice E[0,10) S[20,30); bob the same;  neg, neg, neutral
 *                                                        carol E[0,10) S[22,30)
 *   D2  UPI    Summit  alice, bob done; carol in progress alice E[5,15); bob S[5,15); carol E[5,15) pos, pos, –
 *   D3  Fox    –       alice done                         alice E[0,5)                          –
 * </pre>
 * By hand, over work marked done (D1, D2): pair F1 exact alice×bob 2/3, alice×carol and bob×carol 1/2; project F1
 * exact 4/7, overlap 6/7; Tone nominal alpha 0.5 (Do 0.4, De 0.8). Disagreements, lowest first: D2 Frames [5,15)
 * 0.0, D1 Tone 2/3, D1 Frames [20,30) 0.8.
 */
public final class AgreementFixture {

    public static final String D1_TEXT = "Markets fell sharply as NATO and Russia met in Geneva today.";
    public static final String D2_TEXT = "Talks on security ended without any deal, officials said.";

    public final UUID projectId;
    public final LayerSchema frames;
    public final LayerSchema tone;
    public final List<UUID> documents;
    /** alice, bob, carol: their usernames (unique per fixture) by short name. */
    public final Map<String, String> usernames = new LinkedHashMap<>();
    public final Map<String, UUID> ids = new LinkedHashMap<>();

    private final AnnotationService annotations;
    private final JdbcTemplate jdbc;

    public AgreementFixture(CorpusService corpus, SchemaEditor schema, AnnotationService annotations,
            UserRepository users, JdbcTemplate jdbc) {
        this.annotations = annotations;
        this.jdbc = jdbc;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = corpus.createProject(new ProjectSettings("Agreement " + suffix, "", "", 3, false, true))
                .getId();
        frames = schema.addLayer(projectId, new LayerDraft("Frames", LayerKind.SPAN, true, false, ""));
        schema.addLabel(frames.id(), new LabelDraft("Economic", "#1f77b4", "e", ""));
        LayerSchema framesWithLabels = schema.addLabel(frames.id(), new LabelDraft("Security", "#d62728", "s", ""));
        tone = schema.addLayer(projectId, new LayerDraft("Tone", LayerKind.DOCUMENT, false, true, ""));
        schema.addLabel(tone.id(), new LabelDraft("negative", "#d62728", null, ""));
        schema.addLabel(tone.id(), new LabelDraft("neutral", "#7f7f7f", null, ""));
        LayerSchema toneWithLabels = schema.addLabel(tone.id(), new LabelDraft("positive", "#2ca02c", null, ""));
        documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("Summit opens", D1_TEXT, "Fox", "Summit", null, null, null, Map.of()),
                new NewDocument("Summit ends", D2_TEXT, "UPI", "Summit", null, null, null, Map.of()),
                new NewDocument("Only Alice", "Alice alone read this one.", "Fox", null, null, null, null,
                        Map.of()))).stream().map(Document::getId).toList();
        for (String name : List.of("alice", "bob", "carol")) {
            String username = name + "-" + suffix;
            User user = users.save(new User(username, name, "{noop}unused", SystemRole.USER));
            usernames.put(name, username);
            ids.put(name, user.getId());
            jdbc.update("insert into membership (id, project_id, user_id, role) values (?, ?, ?, 'ANNOTATOR')",
                    UUID.randomUUID(), projectId, user.getId());
        }
        span("alice", 0, framesWithLabels, "Economic", 0, 10);
        span("alice", 0, framesWithLabels, "Security", 20, 30);
        span("bob", 0, framesWithLabels, "Economic", 0, 10);
        span("bob", 0, framesWithLabels, "Security", 20, 30);
        span("carol", 0, framesWithLabels, "Economic", 0, 10);
        span("carol", 0, framesWithLabels, "Security", 22, 30);
        span("alice", 1, framesWithLabels, "Economic", 5, 15);
        span("bob", 1, framesWithLabels, "Security", 5, 15);
        span("carol", 1, framesWithLabels, "Economic", 5, 15);
        span("alice", 2, framesWithLabels, "Economic", 0, 5);
        answer("alice", 0, toneWithLabels, "negative");
        answer("bob", 0, toneWithLabels, "negative");
        answer("carol", 0, toneWithLabels, "neutral");
        answer("alice", 1, toneWithLabels, "positive");
        answer("bob", 1, toneWithLabels, "positive");
        // marked done once the work is in: done work is read-only
        work("alice", 0, "DONE");
        work("bob", 0, "DONE");
        work("carol", 0, "DONE");
        work("alice", 1, "DONE");
        work("bob", 1, "DONE");
        work("carol", 1, "IN_PROGRESS");
        work("alice", 2, "DONE");
    }

    private void work(String annotator, int document, String status) {
        jdbc.update("insert into assignment (id, project_id, document_id, annotator_id, status) "
                + "values (?, ?, ?, ?, ?) on conflict (document_id, annotator_id) do update set status = "
                + "excluded.status", UUID.randomUUID(), projectId, documents.get(document), ids.get(annotator),
                status);
    }

    private void span(String annotator, int document, LayerSchema layer, String label, int start, int end) {
        ActingAs.user(usernames.get(annotator), () -> annotations.createSpan(documents.get(document), null,
                new SpanDraft(layer.id(), labelId(layer, label), start, end, Map.of())));
    }

    /** Answers are written as the annotate view would store them; the service has no call for another's answer. */
    private void answer(String annotator, int document, LayerSchema layer, String label) {
        jdbc.update("insert into document_answer (id, document_id, annotator_id, layer_id, label_id) "
                + "values (?, ?, ?, ?, ?)", UUID.randomUUID(), documents.get(document), ids.get(annotator),
                layer.id(), labelId(layer, label));
    }

    private static UUID labelId(LayerSchema layer, String label) {
        return layer.labels().stream().filter(candidate -> candidate.name().equals(label)).findFirst()
                .orElseThrow().id();
    }
}
