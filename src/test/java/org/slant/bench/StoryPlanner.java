package org.slant.bench;

import static org.slant.bench.NewsVocabulary.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Invents the stories of a corpus one after the other: topic, date, main people, places and covering outlets. */
final class StoryPlanner {

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 6 * 365;

    private final Dice dice;
    /** Titles given so far: an importer groups documents by story title, so two stories must never share one. */
    private final Set<String> titles = new HashSet<>();
    private int count;

    StoryPlanner(Dice dice) {
        this.dice = dice;
    }

    NewsStory next(int articles) {
        NewsTopic topic = dice.pick(TOPICS);
        LocalDate date = FIRST_DAY.plusDays(dice.between(0, DAYS - 1));
        List<String> roles = dice.pickDistinct(ROLES, 3);
        List<String> names = dice.pickDistinct(NAMES, 3);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(new Person(names.get(i), roles.get(i)));
        }
        List<String> places = dice.pickDistinct(PLACES, 2);
        List<String> organisations = dice.pickDistinct(ORGANISATIONS, 2);
        List<NewsOutlet> outlets = dice.pickDistinct(NewsOutlet.ALL, articles);
        count++;
        return new NewsStory(count, uniqueTitle(topic.name() + " in " + places.getFirst() + ", " + day(date)), date,
                topic, List.copyOf(people), places, organisations, outlets);
    }

    private String uniqueTitle(String title) {
        String unique = title;
        for (int n = 2; !titles.add(unique); n++) {
            unique = title + " (" + n + ")";
        }
        return unique;
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1).substring(0, 3) + " "
                + date.getYear();
    }
}
