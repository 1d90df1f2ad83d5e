package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementFixture;
import org.slant.agreement.AgreementOptions;
import org.slant.agreement.AgreementReport;
import org.slant.agreement.AgreementService;
import org.slant.annotation.AnnotationService;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectDeletion;
import org.slant.export.ExportFormat;
import org.slant.export.ExportOptions;
import org.slant.export.ExportService;
import org.slant.schema.SchemaEditor;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The archive restores the whole study: a project with a team in every role and work in every state, archived,
 * removed from the database row by row (as if this were a fresh installation) and imported again, has the same rows,
 * gives the same exports byte for byte and the same agreement figures. An archive of format version 1, which had no
 * team and no assignments, still imports.
 */
@SlantSpringTest
class ProjectArchiveStudyRoundTripTest {

    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectDeletion deletion;
    @Autowired
    ProjectArchiveExport archives;
    @Autowired
    ProjectArchiveImport importer;
    @Autowired
    ExportService exports;
    @Autowired
    AgreementService agreement;

    AgreementFixture study;
    UUID projectId;
    User manager;

    /**
     * The agreement fixture's study (alice, bob and carol annotate; work done and in progress), with a manager who
     * annotated nothing and assigned the work, a curator, a skipped document and the time spent.
     */
    @BeforeEach
    void aStudyWithATeamAtWork() {
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
        projectId = study.projectId;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        manager = users.save(new User("study-manager-" + suffix, "Mia Manager", "{noop}x", SystemRole.USER));
        User curator = users.save(new User("study-curator-" + suffix, "Cory Curator", "{noop}x", SystemRole.USER));
        String member = "insert into membership (id, project_id, user_id, role, created_at) values (?, ?, ?, ?, "
                + "'2022-01-10 07:00:00.123456+00')";
        jdbc.update(member, UUID.randomUUID(), projectId, manager.getId(), "MANAGER");
        jdbc.update(member, UUID.randomUUID(), projectId, curator.getId(), "CURATOR");
        jdbc.update("update assignment set assigned_by = ?, active_seconds = 90 + length(annotator_id::text), "
                + "assigned_at = '2022-01-11 08:00:00.654321+00', started_at = '2022-01-11 09:00:00.000001+00', "
                + "finished_at = case when status = 'DONE' then '2022-01-11 10:30:00.5+00'::timestamptz end, "
                + "version = 2 where project_id = ?", manager.getId(), projectId);
        jdbc.update("insert into assignment (id, project_id, document_id, annotator_id, status, active_seconds, "
                + "assigned_at, started_at, finished_at, assigned_by) values (?, ?, ?, ?, 'SKIPPED', 7, "
                + "'2022-01-11 08:00:00+00', '2022-01-12 08:00:00+00', '2022-01-12 08:00:07+00', ?)",
                UUID.randomUUID(), projectId, study.documents.get(2), study.ids.get("carol"), manager.getId());
    }

    @Test
    void aStudyImportedIntoAnEmptyInstallationGivesTheSameRowsExportsAndAgreement() throws IOException {
        Map<String, List<String>> rows = ProjectRows.of(jdbc, projectId);
        Map<String, byte[]> exported = exports();
        AgreementReport done = agreement.report(projectId, AgreementOptions.DEFAULT);
        AgreementReport started = agreement.report(projectId, new AgreementOptions(Set.of(),
                AgreementOptions.Work.STARTED, Set.of()));
        assertThat(done.documents()).isEqualTo(2);
        assertThat(started.documents()).isEqualTo(2);
        byte[] archive = archive();

        deletion.delete(projectId, true);
        assertThat(ProjectRows.of(jdbc, projectId).values()).allMatch(List::isEmpty);
        ImportedProject imported = importer.importArchive(new ByteArrayInputStream(archive));

        assertThat(imported.counts().members()).isEqualTo(6);
        assertThat(imported.counts().assignments()).isEqualTo(8);
        assertThat(imported.annotatorsMatched()).contains(manager.getUsername(), "admin");
        assertThat(imported.annotatorsCreated()).isEmpty();
        assertThat(ProjectRows.of(jdbc, projectId)).isEqualTo(rows);
        Map<String, byte[]> again = exports();
        assertThat(again.keySet()).isEqualTo(exported.keySet());
        exported.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
        assertThat(agreement.report(projectId, AgreementOptions.DEFAULT)).usingRecursiveComparison()
                .ignoringFields("generatedAt").isEqualTo(done);
        assertThat(agreement.report(projectId, new AgreementOptions(Set.of(), AgreementOptions.Work.STARTED,
                Set.of()))).usingRecursiveComparison().ignoringFields("generatedAt").isEqualTo(started);
    }

    @Test
    void anImporterWhomTheArchiveMadeAnAnnotatorManagesTheCopy() {
        byte[] archive = archive();
        Map<String, List<String>> rows = ProjectRows.of(jdbc, projectId);
        deletion.delete(projectId, true);
        signIn(study.usernames.get("alice"));

        importer.importArchive(new ByteArrayInputStream(archive));

        assertThat(role(study.usernames.get("alice"))).isEqualTo("MANAGER");
        assertThat(role(study.usernames.get("bob"))).isEqualTo("ANNOTATOR");
        assertThat(role(manager.getUsername())).isEqualTo("MANAGER");
        Map<String, List<String>> after = ProjectRows.of(jdbc, projectId);
        assertThat(after.get("assignment")).isEqualTo(rows.get("assignment"));
        assertThat(after.get("membership")).hasSameSizeAs(rows.get("membership"));
    }

    @Test
    void anArchiveOfFormatVersion1ImportsWithoutTeamOrAssignmentsAndTheImporterManagesIt() {
        Map<String, List<String>> rows = ProjectRows.of(jdbc, projectId);
        ArchiveZip v1 = ArchiveZip.read(archive()).asFormatVersion1();
        assertThat(v1.names()).doesNotContain("members.jsonl", "assignments.jsonl");
        assertThat(v1.text("annotators.json")).doesNotContain(manager.getUsername());
        deletion.delete(projectId, true);

        ImportedProject imported = importer.importArchive(new ByteArrayInputStream(v1.bytes()));

        assertThat(imported.counts().members()).isZero();
        assertThat(imported.counts().assignments()).isZero();
        // alice, bob and carol, who each saved their own spans
        assertThat(imported.counts().annotators()).isEqualTo(3);
        Map<String, List<String>> after = ProjectRows.of(jdbc, projectId);
        assertThat(after.get("assignment")).isEmpty();
        assertThat(jdbc.queryForList("select u.username || ' ' || m.role from membership m join app_user u "
                + "on u.id = m.user_id where m.project_id = ?", String.class, projectId))
                .containsExactly("admin MANAGER");
        for (String table : List.of("project", "document", "layer", "label", "span_annotation", "document_answer",
                "annotation_event")) {
            assertThat(after.get(table)).as(table).isEqualTo(rows.get(table));
        }
    }

    /** The study's exports: raw files of each annotator's done work, all started work, spans; the hf bundle's data. */
    private Map<String, byte[]> exports() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("jsonl, done", raw(ExportOptions.of(ExportFormat.JSONL)));
        files.put("jsonl, started", raw(new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(), false,
                ExportOptions.LabelSource.ANNOTATORS, ExportOptions.Hygiene.KEEP,
                ExportOptions.DEFAULT_HYGIENE_LAYER, ExportOptions.Splits.DEFAULT, false)));
        files.put("jsonl, majority", raw(new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(), true,
                ExportOptions.LabelSource.MAJORITY, ExportOptions.Hygiene.KEEP,
                ExportOptions.DEFAULT_HYGIENE_LAYER, ExportOptions.Splits.DEFAULT, false)));
        files.put("spans-csv", raw(ExportOptions.of(ExportFormat.SPANS_CSV)));
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        exports.export(projectId, ExportOptions.of(ExportFormat.HF), bundle);
        ArchiveZip hf = ArchiveZip.read(bundle.toByteArray());
        // the manifest says when it was made
        hf.names().stream().filter(name -> !name.equals("manifest.json"))
                .forEach(name -> files.put("hf " + name, hf.text(name).getBytes()));
        assertThat(files.get("jsonl, done")).isNotEmpty();
        return files;
    }

    private byte[] raw(ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportRaw(projectId, options, out);
        return out.toByteArray();
    }

    private byte[] archive() {
        return ArchiveZip.exported(archives, projectId);
    }

    private String role(String username) {
        return jdbc.queryForObject("select m.role from membership m join app_user u on u.id = m.user_id "
                + "where m.project_id = ? and u.username = ?", String.class, projectId, username);
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of()));
    }
}
