package org.slant.backup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.ActingAs;
import org.slant.agreement.AgreementFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.curation.GoldService;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.team.AccessTokens;
import org.slant.team.CreatedAccessToken;
import org.slant.team.UserRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A study with every kind of work Slant keeps, written through Slant's services as its users would: the agreement
 * fixture's project (span layer Frames, document layer Tone; alice, bob and carol with work done and in progress,
 * so spans, answers, history and assignments), plus an article whose text has a flag and a skin-toned emoji (several
 * code points each), a no-break space and CRLF line ends, marked by alice and bob; gold accepted from alice and one
 * document curated; a model's pre-annotations; and the admin's personal access token. Needs the admin signed in.
 */
final class BackupStudy {

    /** Code points: "Kyiv " 0-4, flag 5-6, " says:" 7-12, NBSP 13, quote 14-29, space 30, thumbs up 31-32. */
    static final String FLAG_TEXT = "Kyiv \uD83C\uDDFA\uD83C\uDDE6 says:\u00A0\"talks continue\" "
            + "\uD83D\uDC4D\uD83C\uDFFD.\r\nSecond line, caf\u00E9.\r\n";

    final AgreementFixture study;
    final UUID projectId;
    final UUID flagDocument;
    final CreatedAccessToken token;

    private BackupStudy(AgreementFixture study, UUID flagDocument, CreatedAccessToken token) {
        this.study = study;
        this.projectId = study.projectId;
        this.flagDocument = flagDocument;
        this.token = token;
    }

    static BackupStudy fill(ApplicationContext app) {
        CorpusService corpus = app.getBean(CorpusService.class);
        AnnotationService annotations = app.getBean(AnnotationService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        AgreementFixture study = new AgreementFixture(corpus, app.getBean(SchemaEditor.class), annotations,
                app.getBean(UserRepository.class), jdbc);
        UUID flag = corpus.addDocuments(study.projectId, List.of(new NewDocument("Flag", FLAG_TEXT, "UPI", "Summit",
                "https://example.org/flag", LocalDate.of(2022, 1, 12), "ext-flag",
                Map.of("tags", List.of("diplomacy", "ukraine"), "score", 1.5)))).stream().map(Document::getId)
                .findFirst().orElseThrow();
        UUID aliceFlag = span(annotations, jdbc, study, "alice", flag, "Economic", 5, 7);
        span(annotations, jdbc, study, "alice", flag, "Security", 14, 30);
        span(annotations, jdbc, study, "bob", flag, "Security", 13, 33);
        for (String annotator : List.of("alice", "bob")) {
            jdbc.update("insert into assignment (id, project_id, document_id, annotator_id, status, active_seconds) "
                    + "values (?, ?, ?, ?, 'DONE', 95) on conflict (document_id, annotator_id) do update set status = 'DONE', "
                    + "active_seconds = 95", UUID.randomUUID(), study.projectId, flag,
                    study.ids.get(annotator));
        }

        GoldService gold = app.getBean(GoldService.class);
        UUID summitOpens = study.documents.getFirst();
        gold.accept(summitOpens, jdbc.queryForObject("select id from span_annotation where document_id = ? and "
                + "annotator_id = ? order by start_offset limit 1", UUID.class, summitOpens, study.ids.get("alice")),
                null, false);
        gold.markCurated(summitOpens);
        gold.accept(flag, aliceFlag, null, false);

        UUID admin = jdbc.queryForObject("select id from app_user where username = 'admin'", UUID.class);
        String preAnnotation = "insert into pre_annotation (id, project_id, document_id, source, layer_id, label_id, "
                + "start_offset, end_offset, attributes, imported_from, imported_by) values (?, ?, ?, 'frame-model-v1', "
                + "?, ?, ?, ?, '{}'::jsonb, 'model-output.jsonl', ?)";
        jdbc.update(preAnnotation, UUID.randomUUID(), study.projectId, flag, study.frames.id(),
                label(jdbc, study.frames, "Security"), 13, 30, admin);
        jdbc.update(preAnnotation, UUID.randomUUID(), study.projectId, study.documents.get(1), study.frames.id(),
                label(jdbc, study.frames, "Economic"), 0, 5, admin);

        CreatedAccessToken token = app.getBean(AccessTokens.class).create("nightly export", 365);
        return new BackupStudy(study, flag, token);
    }

    private static UUID span(AnnotationService annotations, JdbcTemplate jdbc, AgreementFixture study,
            String annotator, UUID document, String label, int start, int end) {
        return ActingAs.user(study.usernames.get(annotator), () -> annotations.createSpan(document, null,
                new SpanDraft(study.frames.id(), label(jdbc, study.frames, label), start, end, Map.of())))
                .annotation().id();
    }

    private static UUID label(JdbcTemplate jdbc, LayerSchema layer, String name) {
        return jdbc.queryForObject("select id from label where layer_id = ? and name = ?", UUID.class, layer.id(),
                name);
    }
}
