package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectDeletion;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Outlet blinding travels with the project (format version 4); an archive of format version 3, made before the
 * setting, imports with it off.
 */
@SlantSpringTest
class ProjectArchiveOutletBlindTest {

    @Autowired
    CorpusService corpus;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectDeletion deletion;
    @Autowired
    ProjectArchiveExport archives;
    @Autowired
    ProjectArchiveImport importer;

    UUID projectId;

    @BeforeEach
    void anOutletBlindProject() {
        projectId = corpus.createProject(ProjectSettings.named("Blind archive " + UUID.randomUUID(), "")
                .withOutletBlind(true)).getId();
        corpus.addDocuments(projectId, List.of(new NewDocument("Talks", "Fox News said talks go on.", "Fox News",
                null, null, null, null, Map.of())));
    }

    @Test
    void theSettingComesBackAsItWas() {
        ArchiveZip archive = ArchiveZip.read(ArchiveZip.exported(archives, projectId));
        assertThat(archive.json("manifest.json").get("formatVersion").intValue()).isEqualTo(6);
        assertThat(archive.json("project.json").get("outlet_blind").booleanValue()).isTrue();
        deletion.delete(projectId, true);

        importer.importArchive(new ByteArrayInputStream(archive.bytes()));

        assertThat(corpus.projectDetails(projectId).outletBlind()).isTrue();
    }

    @Test
    void anArchiveOfFormatVersion3ImportsWithOutletBlindingOff() {
        ArchiveZip v3 = ArchiveZip.read(ArchiveZip.exported(archives, projectId)).asFormatVersion3();
        assertThat(v3.json("project.json").has("outlet_blind")).isFalse();
        deletion.delete(projectId, true);

        ImportedProject imported = importer.importArchive(new ByteArrayInputStream(v3.bytes()));

        assertThat(imported.counts().documents()).isEqualTo(1);
        assertThat(corpus.projectDetails(projectId).outletBlind()).isFalse();
        assertThat(corpus.projectDetails(projectId).snapToWords()).isTrue();
    }

    @Test
    void anArchiveOfFormatVersion4Or5WithoutTheSettingOrVersion3WithItIsRefused() {
        ArchiveZip archive = ArchiveZip.read(ArchiveZip.exported(archives, projectId));
        ObjectNode project = (ObjectNode) archive.json("project.json");
        project.remove("outlet_blind");
        ArchiveZip lacking = archive.with("project.json", project.toString()).withChecksums();
        ArchiveZip v4 = archive.asFormatVersion4();
        ObjectNode manifest = (ObjectNode) v4.json("manifest.json");
        manifest.put("formatVersion", 3);
        ArchiveZip early = v4.with("manifest.json", manifest.toString()).withChecksums();
        deletion.delete(projectId, true);

        assertThatThrownBy(() -> importer.importArchive(new ByteArrayInputStream(lacking.bytes())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(problem -> assertThat(problem.toString()).contains("outlet_blind")
                                .contains("is missing")));
        assertThatThrownBy(() -> importer.importArchive(new ByteArrayInputStream(early.bytes())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(problem -> assertThat(problem.toString()).contains("outlet_blind")
                                .contains("is not a field of this file")));
        assertThat(jdbc.queryForObject("select count(*) from project where id = ?", Long.class, projectId)).isZero();
    }
}
