package org.slant.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * An event that several outlets report on: the unit of comparison in media-bias research. Each article of a story
 * comes from a different outlet.
 */
record NewsStory(int number, String title, LocalDate date, NewsTopic topic, List<Person> people,
        List<String> places, List<String> organisations, List<NewsOutlet> outlets) {

    /** People, places and organisations, for the documents' metadata. */
    List<String> entities() {
        return Stream.of(people.stream().map(Person::name), places.stream(), organisations.stream())
                .flatMap(names -> names)
                .toList();
    }
}
