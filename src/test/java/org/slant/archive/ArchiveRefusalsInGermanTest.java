package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.springframework.util.unit.DataSize;

/** The archive import's refusals: English word for word for the REST API, German for the web UI's German reader. */
class ArchiveRefusalsInGermanTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void aProjectAlreadyHereIsNamedOnlyToThoseWhoSeeIt() {
        UUID id = UUID.fromString("0b5d8a2c-1f3e-4c7a-9d21-7e6f5a4b3c2d");
        ProjectAlreadyHereException seen = ProjectAlreadyHereException.seen(id, "Study");
        assertThat(seen.getMessage()).isEqualTo("This project is already here: 'Study' has the archive's project id "
                + id + ". An archive adds its project to an installation that does not have it; it never overwrites "
                + "or merges into a project that is already here.");
        assertThat(seen.in(GERMAN)).startsWith("Dieses Projekt ist bereits hier: „Study“ hat die Projekt-ID des "
                + "Archivs, " + id + ". Ein Archiv fügt sein Projekt");
        ProjectAlreadyHereException unseen = ProjectAlreadyHereException.unseen();
        assertThat(unseen.getMessage()).startsWith("A project with this archive's id is already here, in this "
                + "installation; ask its managers or an administrator. An archive adds");
        assertThat(unseen.in(GERMAN)).startsWith("Ein Projekt mit der ID dieses Archivs gibt es in dieser Installation "
                + "bereits").doesNotContain(id.toString());
    }

    @Test
    void missingAccountsAreCountedInEachLanguage() {
        MissingAccountsException one = new MissingAccountsException(List.of("kim"));
        assertThat(one.getMessage()).isEqualTo("The project archive names 1 person without an account here (kim), "
                + "and only a system administrator's import creates accounts: ask an administrator to create it (or "
                + "to import the archive), then import it again.");
        assertThat(one.in(GERMAN)).isEqualTo("Das Projektarchiv nennt 1 Person ohne Konto hier (kim), und nur der "
                + "Import eines Systemadministrators legt Konten an: Bitten Sie einen Administrator, es anzulegen "
                + "(oder das Archiv zu importieren), und importieren Sie es dann erneut.");
        MissingAccountsException two = new MissingAccountsException(List.of("kim", "lee"));
        assertThat(two.getMessage()).startsWith("The project archive names 2 people without an account here "
                + "(kim, lee)").contains("ask an administrator to create them");
        assertThat(two.in(GERMAN)).startsWith("Das Projektarchiv nennt 2 Personen ohne Konto hier (kim, lee)")
                .contains("einen Administrator, sie anzulegen");
        assertThat(two.problems().getLast().message()).isEqualTo("no account here is named 'lee'");
        assertThat(two.problems().getLast().message(GERMAN)).isEqualTo("hier heißt kein Konto „lee“");
    }

    @Test
    void anArchiveTooLargeGivesItsBytesInTheReadersNumbers() {
        ArchiveTooLargeException upload = new ArchiveTooLargeException(DataSize.ofGigabytes(1));
        assertThat(upload.getMessage()).isEqualTo("The archive is larger than the limit of 1 GB "
                + "(slant.archive.max-upload); nothing was stored. An administrator can raise the limit "
                + "(SLANT_ARCHIVE_MAX_UPLOAD) to import it.");
        assertThat(upload.in(GERMAN)).startsWith("Das Archiv ist größer als die Grenze von 1 GB");
        for (long bytes : new long[] {12_345_678_901L, Long.MAX_VALUE}) {
            ArchiveTooLargeException unpacked = ArchiveTooLargeException.unpacked(bytes, DataSize.ofGigabytes(10));
            assertThat(unpacked.getMessage()).isEqualTo("The archive's files unpack to "
                    + String.format(Locale.ROOT, "%,d", bytes) + " bytes, more than the limit of 10 GB "
                    + "(slant.archive.max-unpacked); nothing was stored. An administrator can raise the limit "
                    + "(SLANT_ARCHIVE_MAX_UNPACKED) to import it.");
            assertThat(unpacked.in(GERMAN)).startsWith("Die Dateien des Archivs sind entpackt "
                    + String.format(Locale.GERMANY, "%,d", bytes) + " Byte groß");
        }
    }

    @Test
    void aFileThatIsNoArchiveIsRefusedInGerman() {
        InvalidInputException refused = InvalidInputException.of("archive", Message.of("archive.refusal.not-a-zip"));
        assertThat(refused.getMessage()).isEqualTo("archive: not a zip file: a Slant project archive is the .slant.zip "
                + "file that exporting a project gives");
        assertThat(refused.in(GERMAN)).isEqualTo("archive: keine Zip-Datei: Ein Slant-Projektarchiv ist die "
                + ".slant.zip-Datei, die der Export eines Projekts liefert");
    }
}
