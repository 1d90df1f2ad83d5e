package org.slant.schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.slant.platform.Message;
import org.springframework.stereotype.Component;

/**
 * Every feature's use of the schema taken together (the annotators' work, gold): counted, told and let go of as one,
 * so that a schema edit asks once and removes everywhere, or nowhere.
 */
@Component
class SchemaUses {

    private final List<SchemaUsage> usages;

    /** @param usages in the order their counts are told (by {@code @Order}) */
    SchemaUses(List<SchemaUsage> usages) {
        this.usages = List.copyOf(usages);
    }

    Uses ofLayer(UUID layerId) {
        return count(usage -> usage.annotationsInLayer(layerId));
    }

    Uses ofLabel(UUID labelId) {
        return count(usage -> usage.annotationsWithLabel(labelId));
    }

    Uses ofAttribute(UUID attributeId) {
        return count(usage -> usage.annotationsWithAttribute(attributeId));
    }

    Uses ofOptions(UUID attributeId, List<String> options) {
        return count(usage -> options.stream()
                .mapToLong(option -> usage.annotationsWithAttributeValue(attributeId, option)).sum());
    }

    void deleteInLayer(UUID layerId, String reason) {
        each(usage -> usage.deleteAnnotationsInLayer(layerId, reason));
    }

    void deleteWithLabel(UUID labelId, String reason) {
        each(usage -> usage.deleteAnnotationsWithLabel(labelId, reason));
    }

    void removeAttribute(UUID attributeId, String reason) {
        each(usage -> usage.removeAttribute(attributeId, reason));
    }

    void removeOption(UUID attributeId, String option, String reason) {
        each(usage -> usage.removeAttributeValue(attributeId, option, reason));
    }

    private Uses count(ToLongFunction<SchemaUsage> counting) {
        long total = 0;
        List<Message> told = new ArrayList<>();
        for (SchemaUsage usage : usages) {
            long count = counting.applyAsLong(usage);
            total += count;
            if (count > 0) {
                told.add(usage.counted(count));
            }
        }
        return new Uses(total, told);
    }

    private void each(Consumer<SchemaUsage> removal) {
        usages.forEach(removal);
    }

    /**
     * How many annotations of every kind use part of the schema.
     *
     * @param told what they are, kind by kind, leaving out the kinds none use
     */
    record Uses(long total, List<Message> told) implements Serializable {

        Uses {
            told = List.copyOf(told);
        }

        /**
         * What they are, in the reader's language: "2 annotations and 1 gold annotation" (a kind said in English
         * only stays English).
         */
        String told(Locale reader) {
            List<String> words = told.stream().map(kind -> kind.in(reader)).toList();
            return words.size() < 2 ? String.join("", words) : Message.of("schema.refusal.and",
                    String.join(", ", words.subList(0, words.size() - 1)), words.getLast()).in(reader);
        }
    }
}
