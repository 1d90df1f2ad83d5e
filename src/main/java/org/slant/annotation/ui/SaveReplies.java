package org.slant.annotation.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slant.platform.DatabaseUnavailable;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the outcome of a span editor's save into the browser's answer: saved (with the span as stored); or refused,
 * with the span as stored now so that the browser shows the truth: as invalid, as stale, gone, refused because the
 * document is closed to changes (marked done, or curated: the browser keeps the change until it is reopened), or
 * refused by a rule of the project; or not saved because the database is out of reach (the browser keeps the change
 * and sends it again). Anything else is left to fail, so the browser keeps the change and tries again.
 */
final class SaveReplies {

    private final JsonMapper json;
    private final Function<UUID, Optional<?>> storedNow;
    private final Refusals refusals;
    private final Runnable saved;

    /**
     * @param storedNow the span as stored now, by id
     * @param refusals which of the editor's exceptions mean closed and stale, and what a span is called (in the
     *            reader's language)
     */
    SaveReplies(JsonMapper json, Function<UUID, Optional<?>> storedNow, Refusals refusals, Runnable saved) {
        this.json = json;
        this.storedNow = storedNow;
        this.refusals = refusals;
        this.saved = saved;
    }

    /** The exceptions by which an editor's service refuses a change to a closed document or a stale version. */
    record Refusals(Class<? extends RuntimeException> closed, Class<? extends RuntimeException> stale,
            String spanCalled) {
    }

    String reply(UUID spanId, Supplier<?> save) {
        Map<String, Object> reply = new LinkedHashMap<>();
        try {
            Object span = save.get();
            reply.put("ok", true);
            reply.put("span", span);
            saved.run();
        } catch (ForbiddenException refused) {
            refused(reply, "forbidden", notSaved(Problems.said(refused)));
            reply.put("span", storedNow.apply(spanId).orElse(null));
        } catch (InvalidInputException refused) {
            refused(reply, "invalid", notSaved(problems(refused)));
            reply.put("span", storedNow.apply(spanId).orElse(null));
        } catch (NotFoundException gone) {
            refused(reply, "gone", I18NProvider.translate("annotation.editor.gone", refusals.spanCalled()));
        } catch (RuntimeException other) {
            if (refusals.closed().isInstance(other)) {
                refused(reply, "done", Problems.said(other));
            } else if (refusals.stale().isInstance(other)) {
                refused(reply, "conflict", other.getMessage());
                reply.put("span", storedNow.apply(spanId).orElse(null));
            } else if (!unavailable(reply, other)) {
                throw other;
            }
        }
        return json.writeValueAsString(reply);
    }

    /**
     * Answers a decision that changes no span (a suggestion rejected, or a rejection taken back): done, or refused
     * with why. Anything else is left to fail, so the browser keeps the decision and tries again.
     */
    String decided(Runnable decide) {
        Map<String, Object> reply = new LinkedHashMap<>();
        try {
            decide.run();
            reply.put("ok", true);
        } catch (ForbiddenException | NotFoundException refused) {
            refused(reply, "forbidden", notSaved(Problems.said(refused)));
        } catch (InvalidInputException refused) {
            refused(reply, "invalid", notSaved(problems(refused)));
        } catch (RuntimeException other) {
            if (!unavailable(reply, other)) {
                throw other;
            }
        }
        return json.writeValueAsString(reply);
    }

    /**
     * The database is out of reach: the browser keeps the change, says it is offline and sends it again after
     * {@code retryAfter} seconds. Answered rather than thrown, so that the browser knows at once why.
     */
    private static boolean unavailable(Map<String, Object> reply, RuntimeException failure) {
        if (!DatabaseUnavailable.caused(failure)) {
            return false;
        }
        refused(reply, "unavailable", DatabaseUnavailable.MESSAGE);
        reply.put("retryAfter", DatabaseUnavailable.retryAfterSeconds());
        return true;
    }

    /** "Not saved: why", in the reader's language; why is the service's own (English) words. */
    private static String notSaved(String why) {
        return I18NProvider.translate("annotation.editor.not-saved", why);
    }

    private static String problems(InvalidInputException refused) {
        return refused.problems().stream().map(problem -> problem.where(LocalFormats.locale()) + " "
                + problem.message(LocalFormats.locale()))
                .collect(Collectors.joining("; "));
    }

    private static void refused(Map<String, Object> reply, String kind, String message) {
        reply.put("ok", false);
        reply.put("kind", kind);
        reply.put("message", message);
    }
}
