package org.slant.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.query.AnnotatorsWork;
import org.slant.annotation.query.AnnotatorsWork.WorkOnDocument;
import org.slant.curation.GoldService.AcceptedAll;
import org.slant.curation.QueueFigures.QueueEntry;
import org.slant.platform.KeyedRefusal;
import org.slant.platform.Message;
import org.slant.platform.Progress;
import org.slant.platform.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Curates the documents every done annotator agreed on exactly: one annotator's work goes into gold (accepted from
 * them; being unanimous, it is everyone's), and the document is marked curated. Each document is checked again on
 * the work as stored now, in a transaction of its own; a document whose gold already holds anything else is left to
 * the curator.
 */
@Component
class UnanimousCuration {

    private final AnnotatorsWork work;
    private final GoldService gold;
    private final CurationStates states;
    private final TransactionTemplate transactions;

    UnanimousCuration(AnnotatorsWork work, GoldService gold, CurationStates states,
            PlatformTransactionManager transactionManager) {
        this.work = work;
        this.gold = gold;
        this.states = states;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private enum Result { CURATED, ALREADY_CURATED }

    UnanimousCurated curate(List<QueueEntry> candidates, Progress progress) {
        int curated = 0;
        int already = 0;
        List<UnanimousCurated.Left> left = new ArrayList<>();
        progress.advanced(0, candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            QueueEntry entry = candidates.get(i);
            try {
                Result result = transactions.execute(status -> curate(entry.id()));
                curated += result == Result.CURATED ? 1 : 0;
                already += result == Result.ALREADY_CURATED ? 1 : 0;
            } catch (RuntimeException refused) {
                if (!(refused instanceof Refusal refusal)) {
                    throw refused;
                }
                left.add(new UnanimousCurated.Left(entry.id(), entry.title(), refused.getMessage(), refusal));
            }
            progress.advanced(i + 1, candidates.size());
        }
        return new UnanimousCurated(curated, already, left);
    }

    private Result curate(UUID documentId) {
        if (states.of(documentId) == CurationStatus.CURATED) {
            return Result.ALREADY_CURATED;
        }
        List<WorkOnDocument> done = work.onDocument(documentId).stream().filter(WorkOnDocument::done).toList();
        Map<Marked, Integer> theirs = done.isEmpty() ? Map.of() : marked(done.getFirst());
        if (done.size() < 2 || !done.stream().allMatch(one -> marked(one).equals(theirs))) {
            throw new NotUnanimousException(Message.of("curation.refusal.work-changed"));
        }
        Map<Marked, Integer> before = marked(gold.goldOf(documentId));
        if (before.entrySet().stream().anyMatch(held -> held.getValue() > theirs.getOrDefault(held.getKey(), 0))) {
            throw new NotUnanimousException(Message.of("curation.refusal.gold-holds-other"));
        }
        AcceptedAll accepted = gold.acceptAll(documentId, done.getFirst().username(), null);
        if (!accepted.left().isEmpty()) {
            throw new NotUnanimousException(Message.of("curation.refusal.not-all-into-gold",
                    accepted.left().toString()));
        }
        gold.markCurated(documentId);
        return Result.CURATED;
    }

    private static Map<Marked, Integer> marked(WorkOnDocument one) {
        Map<Marked, Integer> marked = new HashMap<>();
        one.spans().forEach(span -> marked.merge(new Marked(span.layerId(), span.labelId(), span.start(),
                span.end(), span.attributes()), 1, Integer::sum));
        one.answers().forEach(answer -> marked.merge(new Marked(answer.layerId(), answer.labelId(), -1, -1,
                answer.attributes()), 1, Integer::sum));
        return marked;
    }

    private static Map<Marked, Integer> marked(DocumentGold held) {
        Map<Marked, Integer> marked = new HashMap<>();
        held.spans().forEach(span -> marked.merge(new Marked(span.layer(), span.label(), span.start(), span.end(),
                span.attributes()), 1, Integer::sum));
        held.answers().forEach(answer -> marked.merge(new Marked(answer.layer(), answer.label(), -1, -1,
                answer.attributes()), 1, Integer::sum));
        return marked;
    }

    /** A span or answer (without offsets: -1) with its attribute values, as unanimity compares them. */
    private record Marked(UUID layer, UUID label, int start, int end, Map<String, Object> attributes) {
    }

    /** A document that is no longer (or cannot be taken as) unanimous: left for the curator, rolled back. */
    static final class NotUnanimousException extends KeyedRefusal {

        NotUnanimousException(Message said) {
            super(said);
        }
    }
}
