package org.slant.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slant.annotation.CodePointText;
import org.slant.annotation.query.DoneWork.DoneAnswer;
import org.slant.annotation.query.DoneWork.DoneDocument;
import org.slant.annotation.query.DoneWork.DoneSpan;
import org.slant.curation.MergeGold.Merged;
import org.slant.curation.MergeGold.Unit;
import org.slant.curation.MergeReport.AttributeLeft;
import org.slant.curation.MergeReport.LeftItem;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.LabelSchema;

/**
 * One document's merge (docs/curation.md): which of its done annotators' spans and answers qualify for gold under
 * the rule, which of those gold already holds, which gold a rule made no longer qualifies, and what is left for the
 * curator and why. Gold a person made or changed is never touched. Only computes; {@link GoldMerge} writes.
 */
final class DocumentMerge {

    private final MergeRun run;
    private final DoneDocument work;
    private final int annotators;
    private final List<MergeGold> gold;
    private final Set<Unit> removedByPeople;
    private final Set<UUID> kept = new HashSet<>();
    private final List<Merged> spans = new ArrayList<>();
    private final List<Merged> answers = new ArrayList<>();
    private CodePointText text;

    private DocumentMerge(MergeRun run, DoneDocument work, List<MergeGold> gold, Set<Unit> removedByPeople) {
        this.run = run;
        this.work = work;
        this.annotators = work.annotators().size();
        this.gold = gold;
        this.removedByPeople = removedByPeople;
    }

    /** What to write for one document. */
    record Outcome(List<Merged> spans, List<Merged> answers, List<MergeGold> removed) {

        boolean merged() {
            return !spans.isEmpty() || !answers.isEmpty();
        }
    }

    /**
     * Merges the document's done work, given its gold in the merged layers and what people took out of that gold.
     */
    static Outcome of(MergeRun run, DoneDocument work, List<MergeGold> gold, Set<Unit> removedByPeople) {
        return new DocumentMerge(run, work, gold, removedByPeople).merge();
    }

    private Outcome merge() {
        if (!run.rule().enough(annotators)) {
            run.tally().tooFew(work.id(), work.title(), run.rule().tooFew(annotators));
        } else {
            Map<UUID, List<Candidate>> byLayer = candidates();
            for (LayerSchema layer : run.layers().layers()) {
                List<Candidate> candidates = byLayer.getOrDefault(layer.id(), List.of());
                if (layer.kind() == LayerKind.SPAN) {
                    mergeSpans(layer, candidates);
                } else {
                    mergeAnswers(layer, candidates);
                }
            }
        }
        // gold a rule made is what the rule gives now: whatever no longer qualifies goes
        List<MergeGold> removed = gold.stream().filter(one -> !one.personMade() && !kept.contains(one.id()))
                .toList();
        return new Outcome(spans, answers, removed);
    }

    /** The distinct spans and answers the done annotators made, by layer, in text order (answers by label). */
    private Map<UUID, List<Candidate>> candidates() {
        Map<Key, Candidate> units = new LinkedHashMap<>();
        for (DoneSpan span : work.spans()) {
            units.computeIfAbsent(new Key(span.label(), span.start(), span.end()), Candidate::new)
                    .add(span.annotator(), span.attributes());
        }
        for (DoneAnswer answer : work.answers()) {
            units.computeIfAbsent(new Key(answer.label(), null, null), Candidate::new)
                    .add(answer.annotator(), answer.attributes());
        }
        Map<UUID, List<Candidate>> byLayer = new LinkedHashMap<>();
        units.values().stream().sorted(Comparator.comparing((Candidate one) -> one.unit.start(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(one -> one.unit.end(),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(one -> one.unit.label()))
                .forEach(one -> byLayer.computeIfAbsent(layerOf(one).id(), id -> new ArrayList<>()).add(one));
        return byLayer;
    }

    private void mergeSpans(LayerSchema layer, List<Candidate> candidates) {
        List<MergeGold> byPeople = gold.stream().filter(one -> one.personMade() && one.span()
                && one.layerId().equals(layer.id())).toList();
        List<Candidate> open = notInGold(qualifying(candidates, "curation.merge-reason.marked-by-few"), byPeople);
        for (Candidate candidate : open) {
            if (!layer.overlapAllowed()) {
                Optional<Candidate> clash = open.stream().filter(other -> other != candidate
                        && candidate.overlaps(other.unit.start(), other.unit.end())).findFirst();
                if (clash.isPresent()) {
                    Key other = clash.get().unit;
                    leave(candidate, () -> Message.of("curation.merge-reason.overlaps-qualifying",
                            describe(other.start(), other.end(), labelOf(other.label()).id()), layer.name()));
                    continue;
                }
                Optional<MergeGold> blocking = byPeople.stream()
                        .filter(one -> candidate.overlaps(one.start(), one.end())).findFirst();
                if (blocking.isPresent()) {
                    leave(candidate, () -> Message.of("curation.merge-reason.overlaps-gold",
                            describe(blocking.get().start(), blocking.get().end(), blocking.get().labelId()),
                            layer.name()));
                    continue;
                }
            }
            take(layer, candidate);
        }
        listLeft(candidates);
    }

    private void mergeAnswers(LayerSchema layer, List<Candidate> candidates) {
        List<Candidate> qualifying = qualifying(candidates, "curation.merge-reason.chosen-by-few");
        // the layer is used as a single choice when no one gave more than one answer in it
        int[] given = new int[annotators];
        candidates.forEach(candidate -> candidate.annotators.stream().forEach(annotator -> given[annotator]++));
        boolean singleChoice = Arrays.stream(given).allMatch(count -> count <= 1);
        if (singleChoice && qualifying.size() > 1) {
            Message tie = Message.of("curation.merge-reason.tie", listed(qualifying.stream()
                    .map(candidate -> Message.of("curation.merge-reason.tie-answer", labelOf(candidate).name(),
                            String.valueOf(candidate.support()), String.valueOf(annotators))).toList()));
            qualifying.forEach(candidate -> leave(candidate, () -> tie));
        } else {
            List<MergeGold> byPeople = gold.stream().filter(one -> one.personMade() && !one.span()
                    && one.layerId().equals(layer.id())).toList();
            for (Candidate candidate : notInGold(qualifying, byPeople)) {
                if (singleChoice && !byPeople.isEmpty()) {
                    leave(candidate, () -> Message.of("curation.merge-reason.answered-in-gold", layer.name(),
                            listed(byPeople.stream().map(one -> Message.of("curation.merge-reason.quoted",
                                    run.layers().labelName(one.labelId()))).toList())));
                } else {
                    take(layer, candidate);
                }
            }
        }
        listLeft(candidates);
    }

    /**
     * The qualifying candidates still to decide on: those gold a person made already holds are counted, and those a
     * person took out of gold are left.
     */
    private List<Candidate> notInGold(List<Candidate> qualifying, List<MergeGold> byPeople) {
        List<Candidate> open = new ArrayList<>();
        for (Candidate candidate : qualifying) {
            if (byPeople.stream().anyMatch(candidate::is)) {
                run.tally().alreadyInGold++;
            } else if (removedByPeople.contains(candidate.inGold())) {
                leave(candidate, () -> Message.of("curation.merge-reason.taken-out"));
            } else {
                open.add(candidate);
            }
        }
        return open;
    }

    /**
     * The candidates that qualify; the others are left, saying how many marked (a span) or chose (an answer) them.
     *
     * @param few the reason's key: curation.merge-reason.marked-by-few or curation.merge-reason.chosen-by-few
     */
    private List<Candidate> qualifying(List<Candidate> candidates, String few) {
        List<Candidate> qualifying = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (run.rule().qualifies(candidate.support(), annotators)) {
                qualifying.add(candidate);
            } else {
                leave(candidate, () -> Message.of(few, String.valueOf(candidate.support()),
                        String.valueOf(annotators), run.rule().detail(),
                        String.valueOf(run.rule().needed(annotators))));
            }
        }
        return qualifying;
    }

    /** The candidate goes to gold with the values its annotators agree on, unless gold made by the rule has it. */
    private void take(LayerSchema layer, Candidate candidate) {
        AgreedValues agreed = AgreedValues.of(candidate.values.stream().map(run::values).toList());
        Map<String, Problem> refused = new LinkedHashMap<>();
        Map<String, Object> values = run.checked(layer, labelOf(candidate).id(), agreed.values(), refused);
        Optional<MergeGold> same = gold.stream().filter(one -> !one.personMade() && !kept.contains(one.id())
                && candidate.is(one) && AgreedValues.sameValues(run.values(one.attributes()), values)).findFirst();
        UUID goldId;
        if (same.isPresent()) {
            goldId = same.get().id();
            kept.add(goldId);
            run.tally().alreadyInGold++;
        } else {
            goldId = UUID.randomUUID();
            Merged merged = new Merged(goldId, work.id(), layer.id(), labelOf(candidate).id(), candidate.unit.start(),
                    candidate.unit.end(), values);
            if (candidate.unit.start() != null) {
                spans.add(merged);
                run.tally().spans++;
            } else {
                answers.add(merged);
                run.tally().answers++;
            }
        }
        agreed.differing().forEach((key, given) -> attributeLeft(layer, candidate, goldId, key, given,
                Message.of("curation.merge-reason.values-differ").english(),
                Message.of("curation.merge-reason.values-differ")));
        refused.forEach((key, problem) -> attributeLeft(layer, candidate, goldId, key,
                Collections.singletonList(agreed.values().get(key)), problem.message(), problem.said()));
    }

    /** The candidate stays out of gold, for this reason (made only if the report lists it). */
    private void leave(Candidate candidate, Supplier<Message> reason) {
        candidate.leftBecause = reason;
    }

    /** The candidates left, in text order. */
    private void listLeft(List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.leftBecause != null) {
                LayerSchema layer = layerOf(candidate);
                LabelSchema label = labelOf(candidate);
                run.tally().left(() -> new LeftItem(work.id(), work.title(), layer.id(), layer.name(), label.id(),
                        label.name(), candidate.unit.start(), candidate.unit.end(), slice(candidate.unit.start(),
                                candidate.unit.end()), candidate.support(), annotators, candidate.leftBecause.get()));
            }
        }
    }

    private void attributeLeft(LayerSchema layer, Candidate candidate, UUID goldId, String key, List<Object> given,
            String reason, Message said) {
        LabelSchema label = labelOf(candidate);
        run.tally().attributeLeft(() -> new AttributeLeft(work.id(), work.title(), goldId, layer.id(), layer.name(),
                label.id(), label.name(), candidate.unit.start(), candidate.unit.end(), slice(candidate.unit.start(),
                        candidate.unit.end()), parseKey(key), MergeLayers.attributeName(layer, key), given, reason, said));
    }

    /** "9..18 'y said th' (Oppose)" */
    private Message describe(int start, int end, UUID label) {
        return Message.of("curation.merge-reason.span", String.valueOf(start), String.valueOf(end), slice(start, end),
                run.layers().labelName(label));
    }

    /** "a, b, c": the items in order, each in the reader's language. */
    private static Message listed(List<Message> items) {
        Message listed = items.getFirst();
        for (Message item : items.subList(1, items.size())) {
            listed = Message.of("curation.merge-reason.and-more", listed, item);
        }
        return listed;
    }

    private String slice(Integer start, Integer end) {
        if (start == null) {
            return null;
        }
        if (text == null) {
            text = new CodePointText(work.text());
        }
        return text.slice(start, end);
    }

    private LayerSchema layerOf(Candidate candidate) {
        return run.layers().layerOf(candidate.unit.label());
    }

    private LabelSchema labelOf(Candidate candidate) {
        return labelOf(candidate.unit.label());
    }

    private LabelSchema labelOf(int label) {
        return run.layers().label(label);
    }

    private static UUID parseKey(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** A span (label number, offsets) or an answer (label number, no offsets). */
    private record Key(int label, Integer start, Integer end) {
    }

    /** A distinct span or answer, with the done annotators who made it and the values each gave. */
    private final class Candidate {
        private final Key unit;
        private final BitSet annotators = new BitSet();
        private final List<String> values = new ArrayList<>();
        private Supplier<Message> leftBecause;

        Candidate(Key unit) {
            this.unit = unit;
        }

        /** An annotator's span or answer; a second identical one of theirs counts once. */
        void add(int annotator, String attributes) {
            if (!annotators.get(annotator)) {
                annotators.set(annotator);
                values.add(attributes);
            }
        }

        int support() {
            return annotators.cardinality();
        }

        Unit inGold() {
            return new Unit(labelOf(this).id(), unit.start(), unit.end());
        }

        boolean is(MergeGold one) {
            return one.unit().equals(inGold());
        }

        boolean overlaps(int start, int end) {
            return unit.start() < end && start < unit.end();
        }
    }
}
