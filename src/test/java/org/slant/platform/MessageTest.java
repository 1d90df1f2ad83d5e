package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slant.platform.InvalidInputException.Problem;
import tools.jackson.databind.json.JsonMapper;

/** A refusal by key reads in each reader's language, while the REST API and the log keep its English. */
class MessageTest {

    private static final Locale GERMAN = Locale.GERMANY;

    @Test
    void aProblemByKeyIsEnglishForTheApiAndGermanForAGermanReader() {
        Problem problem = Problem.of("username", Message.of("team.refusal.username-taken", "kim"));
        assertThat(problem.message()).isEqualTo("an account named 'kim' exists already");
        assertThat(problem.message(GERMAN)).isEqualTo("ein Konto namens „kim“ gibt es bereits");
        assertThat(problem.message(Locale.FRENCH)).isEqualTo(problem.message());
        assertThat(problem).as("the same problem, whichever way it was written")
                .isEqualTo(new Problem("username", "an account named 'kim' exists already"));
        assertThat(JsonMapper.builder().build().writeValueAsString(problem))
                .isEqualTo("{\"where\":\"username\",\"message\":\"an account named 'kim' exists already\"}");
    }

    @Test
    void aListingReadsWholeInEachLanguage() {
        InvalidInputException refused = InvalidInputException.listing(Message.of("team.refusal.password-not-set"),
                List.of(Problem.of("password", Message.of("team.refusal.at-least", 10)),
                        new Problem("other", "written in English only")));
        assertThat(refused.getMessage()).isEqualTo("The password cannot be set: password: at least 10 characters; "
                + "other: written in English only");
        assertThat(refused.in(GERMAN)).isEqualTo("Das Passwort kann nicht gesetzt werden: password: mindestens 10 "
                + "Zeichen; other: written in English only");

        InvalidInputException one = InvalidInputException.of("role", Message.of("team.refusal.last-manager"));
        assertThat(one.getMessage())
                .isEqualTo("role: this is the project's last manager; make someone else manager first");
        assertThat(one.in(GERMAN)).startsWith("role: dies ist der letzte Manager des Projekts");

        InvalidInputException summaryOnly = new InvalidInputException(
                Message.of("team.refusal.profile-not-saved"), List.of());
        assertThat(summaryOnly.in(GERMAN)).isEqualTo("Das Profil kann nicht gespeichert werden");
    }

    @Test
    void aProblemAtAPlaceInAFileSaysBothInTheReadersLanguage() {
        Message line = Message.of("platform.place.line", "news.jsonl", "1234");
        Problem problem = Problem.at(Message.of("platform.place.field", line, "language"),
                Message.of("team.refusal.at-most", 100));
        assertThat(problem.where()).isEqualTo("news.jsonl, line 1234, field 'language'");
        assertThat(problem.where(GERMAN)).isEqualTo("news.jsonl, Zeile 1234, Feld „language“");
        assertThat(InvalidInputException.listing(Message.of("team.refusal.profile-not-saved"), List.of(problem))
                .in(GERMAN)).isEqualTo("Das Profil kann nicht gespeichert werden: news.jsonl, Zeile 1234, Feld "
                        + "„language“: höchstens 100 Zeichen");
    }

    @Test
    void theLogInPageSaysHowLongToWaitInTheReadersLanguage() {
        LoginLockedException oneMinute = new LoginLockedException(Duration.ofSeconds(40));
        assertThat(oneMinute.getMessage()).isEqualTo("Too many failed attempts; try again in 1 minute");
        assertThat(oneMinute.in(GERMAN))
                .isEqualTo("Zu viele fehlgeschlagene Versuche; versuchen Sie es in 1 Minute erneut");
        assertThat(new LoginLockedException(Duration.ofSeconds(61)).getMessage())
                .isEqualTo("Too many failed attempts; try again in 2 minutes");
        BusyException busy = new BusyException(Message.of("platform.refusal.busy", 12), Duration.ofMinutes(1));
        assertThat(busy.getMessage())
                .isEqualTo("The server has 12 long jobs running or waiting; try again in a minute.");
        assertThat(busy.in(GERMAN)).startsWith("Der Server hat 12 lange Aufgaben");
    }

    @Test
    void aFileThatIsNotUtf8SaysWhereInTheReadersLanguage() {
        NotUtf8Exception bad = new NotUtf8Exception(12345, 1234, 0xE9);
        assertThat(bad.getMessage()).isEqualTo("not UTF-8: the byte 0xE9 at byte offset 12345 (line 1234) is not "
                + "valid UTF-8; save the file as UTF-8 and import it again");
        assertThat(bad.said().in(GERMAN)).startsWith("kein UTF-8: Das Byte 0xE9 an Byte-Position 12345 (Zeile 1234)");
    }

    @Test
    void aRefusalWrittenInEnglishOnlyStaysEnglish() {
        ForbiddenException english = new ForbiddenException("only in English");
        assertThat(english.in(GERMAN)).isEqualTo("only in English");
        ForbiddenException keyed = new ForbiddenException(Message.of("team.refusal.role.managers", "annotator"));
        assertThat(keyed.getMessage())
                .isEqualTo("Your role in this project is annotator: only the project's managers may do this.");
        assertThat(keyed.in(GERMAN))
                .isEqualTo("Ihre Rolle in diesem Projekt ist annotator: Nur die Manager des Projekts dürfen das.");
    }
}
