package org.slant.bench;

import java.util.List;

/**
 * What a story is about: its name in story titles, a short form for headlines, the newspaper section, and the
 * noun phrases its articles keep coming back to.
 */
record NewsTopic(String name, String shortName, String section, List<String> nounPhrases) {
}
