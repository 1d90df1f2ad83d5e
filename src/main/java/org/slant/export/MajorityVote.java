package org.slant.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slant.export.ExportedDocument.AnnotatorWork;
import org.slant.export.ExportedDocument.ExportedAnswer;
import org.slant.export.ExportedDocument.ExportedSpan;

/**
 * The majority vote of a document's annotators, as one {@link AnnotatorWork} named "majority" (docs/formats.md).
 * <ul>
 * <li>A span is in it when strictly more than half of the document's annotators (those whose work is given, with
 * or without spans) made a span with the same layer, label, start and end. <b>Ties are not a majority</b>: with
 * two annotators both must agree, with four three must.</li>
 * <li>An answer (document layer) likewise: the same layer and label from more than half of the annotators.</li>
 * <li>An attribute of such a span or answer keeps a value only when more than half of the document's annotators gave
 * that span or answer that same value; otherwise it is left out.</li>
 * </ul>
 * Ids are derived from the document and what was agreed on, so the same vote gets the same id in every export.
 */
public final class MajorityVote {

    public static final String NAME = "majority";

    private MajorityVote() {
    }

    public static AnnotatorWork of(UUID documentId, List<AnnotatorWork> work) {
        int annotators = work.size();
        Map<List<Object>, List<ExportedSpan>> spans = new LinkedHashMap<>();
        Map<List<Object>, List<ExportedAnswer>> answers = new LinkedHashMap<>();
        for (AnnotatorWork one : work) {
            // one vote per annotator for each span or answer, however often they made it
            Map<List<Object>, ExportedSpan> own = new LinkedHashMap<>();
            one.spans().forEach(span -> own.putIfAbsent(
                    List.of(span.layer(), span.label(), span.start(), span.end()), span));
            own.forEach((key, span) -> spans.computeIfAbsent(key, k -> new ArrayList<>()).add(span));
            Map<List<Object>, ExportedAnswer> ownAnswers = new LinkedHashMap<>();
            one.answers().forEach(answer -> ownAnswers.putIfAbsent(List.of(answer.layer(), answer.label()), answer));
            ownAnswers.forEach((key, answer) -> answers.computeIfAbsent(key, k -> new ArrayList<>()).add(answer));
        }
        List<ExportedSpan> agreed = new ArrayList<>();
        spans.forEach((key, votes) -> {
            if (isMajority(votes.size(), annotators)) {
                ExportedSpan first = votes.getFirst();
                agreed.add(new ExportedSpan(id(documentId, key), first.layer(), first.label(), first.start(),
                        first.end(), first.text(), attributes(votes.stream().map(ExportedSpan::attributes).toList(),
                                annotators)));
            }
        });
        agreed.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.end() != b.end() ? Integer.compare(a.end(), b.end())
                : (a.layer() + '\u0000' + a.label()).compareTo(b.layer() + '\u0000' + b.label()));
        List<ExportedAnswer> agreedAnswers = new ArrayList<>();
        answers.forEach((key, votes) -> {
            if (isMajority(votes.size(), annotators)) {
                ExportedAnswer first = votes.getFirst();
                agreedAnswers.add(new ExportedAnswer(id(documentId, key), first.layer(), first.label(),
                        attributes(votes.stream().map(ExportedAnswer::attributes).toList(), annotators)));
            }
        });
        return new AnnotatorWork(NAME, null, agreed, agreedAnswers);
    }

    /** Strictly more than half: exactly half is a tie, and a tie is not a majority. */
    public static boolean isMajority(int votes, int annotators) {
        return annotators > 0 && 2 * votes > annotators;
    }

    private static Map<String, Object> attributes(List<Map<String, Object>> given, int annotators) {
        Map<String, Map<Object, Integer>> votes = new LinkedHashMap<>();
        for (Map<String, Object> values : given) {
            values.forEach((name, value) -> votes.computeIfAbsent(name, n -> new LinkedHashMap<>())
                    .merge(value, 1, Integer::sum));
        }
        Map<String, Object> agreed = new LinkedHashMap<>();
        votes.forEach((name, counts) -> counts.forEach((value, count) -> {
            if (isMajority(count, annotators)) {
                agreed.put(name, value);
            }
        }));
        return agreed;
    }

    private static UUID id(UUID documentId, List<Object> key) {
        StringBuilder name = new StringBuilder("majority:").append(documentId);
        key.forEach(part -> name.append(':').append(Objects.toString(part)));
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }
}
