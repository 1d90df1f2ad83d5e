package org.slant.annotation.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slant.annotation.AnnotationConflictException;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.DocumentDoneException;
import org.slant.annotation.Span;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the outcome of a save into the browser's answer: saved (with the span as stored); or refused, with the span
 * as stored now so that the browser shows the truth: as invalid, as stale, gone, refused because the caller
 * marked the document done (the browser keeps the change until the document is reopened), or refused by a rule of
 * the project (not assigned to the caller). Anything else is left to fail, so the browser keeps the change and tries
 * again.
 */
final class SaveReplies {

    private final AnnotationService annotations;
    private final JsonMapper json;
    private final Runnable saved;

    SaveReplies(AnnotationService annotations, JsonMapper json, Runnable saved) {
        this.annotations = annotations;
        this.json = json;
        this.saved = saved;
    }

    String reply(UUID spanId, Supplier<Span> save) {
        Map<String, Object> reply = new LinkedHashMap<>();
        try {
            Span span = save.get();
            reply.put("ok", true);
            reply.put("span", span);
            saved.run();
        } catch (DocumentDoneException done) {
            reply.put("ok", false);
            reply.put("kind", "done");
            reply.put("message", done.getMessage());
        } catch (ForbiddenException refused) {
            reply.put("ok", false);
            reply.put("kind", "forbidden");
            reply.put("message", "Not saved: " + refused.getMessage());
            reply.put("span", annotations.ownSpan(spanId).orElse(null));
        } catch (InvalidInputException refused) {
            reply.put("ok", false);
            reply.put("kind", "invalid");
            reply.put("message", "Not saved: " + refused.problems().stream()
                    .map(problem -> problem.where() + " " + problem.message()).collect(Collectors.joining("; ")));
            reply.put("span", annotations.ownSpan(spanId).orElse(null));
        } catch (AnnotationConflictException stale) {
            reply.put("ok", false);
            reply.put("kind", "conflict");
            reply.put("message", stale.getMessage());
            reply.put("span", annotations.ownSpan(spanId).orElse(null));
        } catch (NotFoundException gone) {
            reply.put("ok", false);
            reply.put("kind", "gone");
            reply.put("message", "This span no longer exists (deleted in another tab or window?).");
        }
        return json.writeValueAsString(reply);
    }
}
