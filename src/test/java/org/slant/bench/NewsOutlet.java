package org.slant.bench;

import static org.slant.bench.NewsOutlet.Typography.ASCII;
import static org.slant.bench.NewsOutlet.Typography.CURLY;
import static org.slant.bench.NewsOutlet.Typography.STRAIGHT;

import java.util.List;

/**
 * A made-up news outlet and its house style. Real outlets differ in typography as much as in slant, and an importer
 * or annotator must cope with all of it: straight or curly quotes, blank lines or not, non-breaking spaces.
 *
 * @param typography curly quotes, straight ones, or plain ASCII throughout (as some wire services still send)
 * @param blankLines separates paragraphs with an empty line, not a single line break
 * @param nonBreakingSpaces joins numbers to their units with U+00A0
 * @param datelines starts articles with a place name in capitals ("KYIV —")
 */
record NewsOutlet(String name, String leaning, boolean tabloid, Typography typography,
        boolean blankLines, boolean nonBreakingSpaces, boolean datelines) {

    enum Typography { CURLY, STRAIGHT, ASCII }

    /** A made-up web address under the reserved .example domain. */
    String domain() {
        return AsciiFolding.slug(name, 60).replace("-", "") + ".example";
    }

    static final List<NewsOutlet> ALL = List.of(
            new NewsOutlet("The Daily Ledger", "centre-right", false, CURLY, false, false, true),
            new NewsOutlet("Northern Courier", "centre", false, CURLY, true, false, true),
            new NewsOutlet("Capital Tribune", "centre-left", false, CURLY, false, true, true),
            new NewsOutlet("Global Wire", "centre", false, ASCII, false, false, true),
            new NewsOutlet("Evening Herald", "right", true, CURLY, true, false, false),
            new NewsOutlet("The Civic Times", "centre-left", false, CURLY, false, false, false),
            new NewsOutlet("Metro Observer", "left", false, CURLY, true, false, false),
            new NewsOutlet("Pacific Chronicle", "centre", false, STRAIGHT, false, false, true),
            new NewsOutlet("Atlantic Review", "centre-right", false, CURLY, true, true, false),
            new NewsOutlet("Heartland Gazette", "right", false, CURLY, false, false, false),
            new NewsOutlet("The Morning Post", "centre-right", false, CURLY, false, false, true),
            new NewsOutlet("Riverside Dispatch", "centre", false, STRAIGHT, true, false, false),
            new NewsOutlet("Liberty Sentinel", "right", true, CURLY, false, false, false),
            new NewsOutlet("The Progressive Voice", "left", false, CURLY, true, false, false),
            new NewsOutlet("Frontier News", "right", true, ASCII, false, false, false),
            new NewsOutlet("Continental Report", "centre", false, CURLY, false, true, true),
            new NewsOutlet("Harbour Journal", "centre-left", false, CURLY, true, false, false),
            new NewsOutlet("Summit Standard", "centre-right", false, CURLY, false, false, true),
            new NewsOutlet("The Public Record", "centre", false, CURLY, false, false, false),
            new NewsOutlet("Eastern Bulletin", "centre", false, CURLY, false, true, true),
            new NewsOutlet("Citizen Daily", "left", true, CURLY, true, false, false),
            new NewsOutlet("The National Mirror", "right", true, CURLY, false, false, false),
            new NewsOutlet("Coastline Press", "centre-left", false, STRAIGHT, false, false, true),
            new NewsOutlet("Independent Monitor", "centre", false, CURLY, true, false, false),
            new NewsOutlet("Le Journal Européen", "centre-left", false, CURLY, false, true, true));
}
