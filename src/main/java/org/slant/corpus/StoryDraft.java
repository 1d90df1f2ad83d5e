package org.slant.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * What a manager enters for a story (an event several outlets covered).
 *
 * @param mainEntities the people, places and organisations entity attributes offer as choices
 */
public record StoryDraft(String title, LocalDate eventDate, String description, List<String> mainEntities) {

    public StoryDraft {
        title = title == null ? null : title.strip();
        description = description == null ? "" : description.strip();
        mainEntities = mainEntities == null ? List.of()
                : mainEntities.stream().filter(entity -> entity != null && !entity.isBlank()).map(String::strip)
                        .distinct().toList();
    }
}
