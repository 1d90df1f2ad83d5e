package org.slant.annotation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.ui.NotForYourRolePage;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A document's history as its manager reads it: who did what, when, before and after. */
@SlantSpringTest
class HistoryViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    Memberships memberships;
    @Autowired
    AnnotationService annotations;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void theManagerSeesEveryChangeNewestFirstAndAnAnnotatorIsRefused() {
        String lead = TestAccounts.named(users, "lead");
        String coder = TestAccounts.named(users, "coder");
        signIn(lead);
        UUID projectId = corpus.createProject("History " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        UUID documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", "NATO and Russia talked.",
                null, null, null, null, null, Map.of()))).getFirst().getId();
        memberships.add(projectId, coder, ProjectRole.ANNOTATOR);
        LayerSchema frame = schema.layers(projectId).getFirst();
        signIn(coder);
        Span span = annotations.createSpan(documentId, null, new SpanDraft(frame.id(), frame.labels().get(0).id(), 0,
                4, Map.of())).annotation();
        annotations.updateSpan(span.id(), span.version(), new SpanDraft(null, frame.labels().get(7).id(), null, null,
                null));

        KaribuViews.signInAndStart(context, lead, "USER");
        UI.getCurrent().navigate("annotate/" + documentId + "/history");
        HistoryView view = _get(HistoryView.class);
        assertThat(_size(view.events)).isEqualTo(2);
        assertThat(_getFormatted(view.events, 0, "what")).isEqualTo("span update");
        assertThat(_getFormatted(view.events, 0, "who")).isEqualTo(coder);
        assertThat(_getFormatted(view.events, 0, "whose")).isEqualTo(coder);
        assertThat(_getFormatted(view.events, 0, "before")).isEqualTo("Frame: Economic at 0–4");
        assertThat(_getFormatted(view.events, 0, "after")).isEqualTo("Frame: Security and defense at 0–4");
        assertThat(_getFormatted(view.events, 1, "what")).isEqualTo("span create");
        assertThat(_getFormatted(view.events, 1, "before")).isEmpty();
        KaribuViews.stop();

        KaribuViews.signInAndStart(context, coder, "USER");
        UI.getCurrent().navigate("annotate/" + documentId + "/history");
        assertThat(_get(NotForYourRolePage.class).reason()).contains("managers");
        assertThat(_find(HistoryView.class)).isEmpty();
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of()));
    }
}
