package org.slant.curation.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slant.curation.DocumentCuratedException;
import org.slant.curation.GoldConflictException;
import org.slant.curation.GoldService;
import org.slant.curation.GoldSpan;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the outcome of a gold save into the browser's answer, as the annotator's page gets it: saved (with the span
 * as stored), or refused with the span as stored now; a change to a document marked curated is kept in the browser
 * until it is reopened. Anything else fails, so the browser keeps the change and tries again.
 */
final class GoldReplies {

    private final GoldService gold;
    private final JsonMapper json;
    private final Runnable saved;

    GoldReplies(GoldService gold, JsonMapper json, Runnable saved) {
        this.gold = gold;
        this.json = json;
        this.saved = saved;
    }

    String reply(UUID goldId, Supplier<GoldSpan> save) {
        Map<String, Object> reply = new LinkedHashMap<>();
        try {
            reply.put("span", save.get());
            reply.put("ok", true);
            saved.run();
        } catch (DocumentCuratedException curated) {
            refused(reply, "done", curated.getMessage());
        } catch (ForbiddenException refused) {
            refused(reply, "forbidden", "Not saved: " + refused.getMessage());
            reply.put("span", gold.goldSpan(goldId).orElse(null));
        } catch (InvalidInputException refused) {
            refused(reply, "invalid", "Not saved: " + refused.problems().stream()
                    .map(problem -> problem.where() + " " + problem.message()).collect(Collectors.joining("; ")));
            reply.put("span", gold.goldSpan(goldId).orElse(null));
        } catch (GoldConflictException stale) {
            refused(reply, "conflict", stale.getMessage());
            reply.put("span", gold.goldSpan(goldId).orElse(null));
        } catch (NotFoundException gone) {
            refused(reply, "gone", "This gold span no longer exists (deleted in another tab or window?).");
        }
        return json.writeValueAsString(reply);
    }

    private static void refused(Map<String, Object> reply, String kind, String message) {
        reply.put("ok", false);
        reply.put("kind", kind);
        reply.put("message", message);
    }
}
