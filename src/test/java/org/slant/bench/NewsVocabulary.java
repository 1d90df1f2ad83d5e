package org.slant.bench;

import java.util.List;

/**
 * The words and phrases synthetic articles are built from: the people, places and institutions of news reporting,
 * the verbs of attribution ("said", "according to") and the loaded words that media-bias annotators look for.
 * Curly apostrophes throughout; outlets with straight quotes get them replaced later.
 */
final class NewsVocabulary {

    private NewsVocabulary() {
    }

    static final List<NewsTopic> TOPICS = List.of(
            new NewsTopic("Pension reform vote", "pension reform", "politics", List.of("the pension reform",
                    "the plan to raise the retirement age", "the new pension rules", "the reform bill")),
            new NewsTopic("Fuel price protests", "fuel prices", "economy", List.of("the fuel tax increase",
                    "rising fuel prices", "the price cap on diesel", "the government’s energy package")),
            new NewsTopic("Ceasefire talks", "ceasefire talks", "world", List.of("the proposed ceasefire",
                    "the peace talks", "the prisoner exchange", "the security guarantees")),
            new NewsTopic("Regional election result", "election result", "politics", List.of("the election result",
                    "the recount", "the coalition talks", "the turnout figures")),
            new NewsTopic("Heatwave and wildfires", "heatwave", "environment", List.of("the heatwave",
                    "the wildfire response", "the water restrictions", "the emergency plan")),
            new NewsTopic("Car factory closure", "factory closure", "business", List.of("the plant closure",
                    "the job losses", "the rescue package", "the company’s restructuring plan")),
            new NewsTopic("Vaccine rollout", "vaccine rollout", "health", List.of("the vaccination campaign",
                    "the new booster programme", "the supply contracts", "the health ministry’s guidance")),
            new NewsTopic("Wealth tax bill", "wealth tax", "economy", List.of("the wealth tax",
                    "the proposed tax bill", "the loopholes for the very rich", "the budget deficit")),
            new NewsTopic("Hospital data breach", "data breach", "technology", List.of("the data breach",
                    "the leaked patient records", "the cyber attack", "the security audit")),
            new NewsTopic("Housing shortage", "housing crisis", "society", List.of("the housing shortage",
                    "the rent freeze", "the new building targets", "the eviction ban")),
            new NewsTopic("Teachers’ strike", "teachers’ strike", "education", List.of("the strike",
                    "the pay offer", "the school closures", "the negotiations with the unions")),
            new NewsTopic("Flooding in the river valley", "floods", "environment", List.of("the floods",
                    "the flood defences", "the relief effort", "the compensation scheme")),
            new NewsTopic("Trade tariffs dispute", "tariffs", "economy", List.of("the new tariffs",
                    "the trade dispute", "the retaliatory measures", "the steel quotas")),
            new NewsTopic("Corruption inquiry", "corruption inquiry", "politics", List.of("the corruption inquiry",
                    "the procurement contracts", "the leaked emails", "the parliamentary investigation")),
            new NewsTopic("Climate summit", "climate summit", "environment", List.of("the climate agreement",
                    "the emissions targets", "the fossil fuel phase-out", "the loss and damage fund")),
            new NewsTopic("Asylum policy overhaul", "asylum rules", "politics", List.of("the asylum rules",
                    "the border controls", "the reception centres", "the deportation agreement")),
            new NewsTopic("Minimum wage increase", "minimum wage", "economy", List.of("the minimum wage increase",
                    "the pay rise", "the impact on small businesses", "the wage floor")),
            new NewsTopic("Supreme Court speech ruling", "court ruling", "justice", List.of("the ruling",
                    "the appeal", "the free speech case", "the judges’ decision")),
            new NewsTopic("Police reform plan", "police reform", "justice", List.of("the police reform",
                    "the use-of-force rules", "the body camera programme", "the independent review")),
            new NewsTopic("Nationwide power blackout", "blackout", "business", List.of("the blackout",
                    "the grid failure", "the energy regulator’s report", "the emergency repairs")),
            new NewsTopic("Stadium funding row", "stadium deal", "sport", List.of("the stadium deal",
                    "the public subsidy", "the club’s finances", "the planning permission")),
            new NewsTopic("AI regulation bill", "AI rules", "technology", List.of("the AI act",
                    "the facial recognition ban", "the rules for chatbots", "the new oversight body")));

    static final List<String> NAMES = List.of(
            "Volodymyr Zelenskyy", "Anna Müller", "Tomáš Čapek", "José Álvarez", "Søren Lindqvist",
            "François Dubois", "Zoë Hartmann", "Łukasz Nowak", "Ngozi Okafor", "Mehmet Yılmaz", "Björn Ekström",
            "María González", "Chen Wei", "Priya Raman", "John Carter", "Sarah Mitchell", "David Thompson",
            "Emily Rhodes", "Ahmed Haddad", "Olena Kovalenko", "Renée Fontaine", "Dmitri Sokolov",
            "Aoife Ní Bhriain", "Jürgen Weiß", "Inês Carvalho", "Kwame Mensah", "Hannah O’Brien",
            "Marek Dvořák", "Lucía Fernández", "Thomas Bergström", "Fatima Al-Sayed", "Robert Hughes",
            "Ewa Wiśniewska", "Nikolai Petrov", "Giulia Romano", "Erik Jönsson", "Amélie Laurent",
            "Michael O’Connor", "Yuki Tanaka", "Zsófia Kovács");

    static final List<String> ROLES = List.of(
            "the prime minister", "the finance minister", "the interior minister", "the health minister",
            "the opposition leader", "a government spokesperson", "the union’s general secretary",
            "the company’s chief executive", "an economist at the Institute for Fiscal Studies",
            "a professor of political science", "the president", "a senior diplomat", "a local resident",
            "a shop owner", "the mayor", "the head of the regulator", "a senior backbencher",
            "the party’s deputy leader", "a human rights lawyer", "a campaigner");

    static final List<String> PLACES = List.of(
            "São Paulo", "Kyiv", "Brussels", "Zürich", "Kraków", "Bogotá", "Montréal", "Reykjavík", "Washington",
            "Berlin", "Lagos", "Istanbul", "Düsseldorf", "Málaga", "Nairobi", "Jakarta", "Toronto", "Manchester",
            "Łódź", "Gdańsk", "Malmö", "Brno", "Porto", "Lyon");

    static final List<String> ORGANISATIONS = List.of(
            "the European Commission", "the central bank", "the Ministry of Health", "Parliament", "the Senate",
            "the World Health Organization", "the International Monetary Fund", "the transport union",
            "the electoral commission", "Amnesty International", "the city council", "the Supreme Court",
            "the Chamber of Commerce", "the national statistics office", "the competition authority",
            "the Red Cross", "the OECD", "the employers’ federation");

    static final List<String> GROUPS = List.of(
            "opposition lawmakers", "union leaders", "local residents", "business groups", "human rights groups",
            "critics", "supporters of the government", "analysts", "economists", "environmental campaigners",
            "small business owners", "pensioners", "students", "farmers", "doctors", "civil servants");

    static final List<String> ACTIONS = List.of(
            "announced", "unveiled", "rejected", "defended", "criticised", "welcomed", "slammed", "questioned",
            "backed", "condemned", "pushed through", "delayed", "blocked", "praised", "attacked", "called for",
            "warned against", "demanded changes to", "distanced themselves from", "doubled down on");

    static final List<String> REPORTING_VERBS = List.of(
            "said", "claimed", "insisted", "argued", "admitted", "warned", "suggested", "denied", "stressed",
            "conceded", "maintained", "alleged");

    static final List<String> ATTRIBUTIONS = List.of(
            "said", "told reporters", "added", "insisted", "said in a statement", "told the crowd", "declared",
            "conceded", "warned", "said on Tuesday");

    static final List<String> SOURCES = List.of(
            "people familiar with the matter", "two senior officials who spoke on condition of anonymity",
            "sources close to the government", "a leaked memo", "court documents", "local media",
            "figures published on Monday", "an internal review", "a draft of the agreement", "preliminary data",
            "a poll published this week", "witnesses at the scene");

    static final List<String> LOADED_ADJECTIVES = List.of(
            "controversial", "radical", "so-called", "long-overdue", "disastrous", "historic", "reckless",
            "sweeping", "draconian", "bold", "shameful", "landmark", "ill-fated", "much-criticised", "chaotic",
            "unprecedented", "cynical", "courageous");

    static final List<String> EFFECTS = List.of(
            "hit low-income families hardest", "take effect early next year", "face a legal challenge",
            "increase pressure on the coalition", "do little to address the underlying problem",
            "leave thousands of workers without protection", "be reviewed by an independent panel",
            "cost far more than the government admits", "set a dangerous precedent",
            "restore trust in public institutions", "reshape the political landscape for years",
            "be watered down in the final vote");

    static final List<String> QUOTES = List.of(
            "We will not accept this in its current form", "This is a historic day for our country",
            "The numbers speak for themselves", "Nobody asked ordinary people what they wanted",
            "It’s a betrayal of working families", "We have done everything by the book",
            "Frankly, it’s a disgrace", "There is no alternative", "We need to stop playing politics with this",
            "I have never seen anything like it", "The government has lost control",
            "This was always going to be difficult", "We are listening, and we will act",
            "People are scared, and they have every right to be", "This is not the end of the story",
            "They keep calling it ‘reform’, but it is a cut", "We were promised answers and got none",
            "Let me be absolutely clear: we will not back down", "It’s the right decision at the right time",
            "Everybody knew, and nobody did anything");

    static final List<String> QUOTE_EXTENSIONS = List.of(
            "and we will say so loudly", "whatever the critics claim", "and the people deserve better",
            "and I think everyone in this room knows it", "not after everything that has happened",
            "because the evidence is overwhelming", "and that is what we will be judged on",
            "even if it costs us votes", "and we won’t apologise for that", "and history will remember it");

    static final List<String> PARTIAL_QUOTES = List.of(
            "a slap in the face", "deeply irresponsible", "a necessary first step", "totally unacceptable",
            "a disgrace", "a victory for common sense", "pure propaganda", "long overdue", "a dangerous gamble",
            "a smokescreen");

    static final List<String> TENSIONS = List.of(
            "mounting pressure", "heated debate", "street protests", "closed-door negotiations",
            "public criticism", "speculation", "political deadlock", "growing unrest");

    static final List<String> WEEKDAYS = List.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    static final List<String> CROSSHEADS = List.of(
            "WHAT HAPPENS NEXT", "‘NO ALTERNATIVE’", "ANGER ON THE STREETS", "THE NUMBERS", "A DIVIDED COALITION",
            "WHO PAYS?", "BACKGROUND", "REACTION", "‘WE WERE NOT CONSULTED’", "WHAT THE CRITICS SAY");

    static final List<String> HEADLINE_VERBS = List.of(
            "defends", "slams", "backs", "rejects", "hails", "warns over", "doubles down on", "U-turns on",
            "faces fury over", "breaks silence on");

    static final List<String> EMOJI = List.of("🇺🇦", "👍🏽", "🙏", "🔥", "😡", "❤️", "🇪🇺", "👏🏻");

    /** Quotes in Ukrainian and Russian, with guillemets: the quote, its language, its English translation. */
    static final List<List<String>> CYRILLIC_QUOTES = List.of(
            List.of("«Ми не здамося»", "Ukrainian", "We will not give up"),
            List.of("«Слава Україні»", "Ukrainian", "Glory to Ukraine"),
            List.of("«Это провокация»", "Russian", "This is a provocation"),
            List.of("«Мы не согласны с этим решением»", "Russian", "We do not agree with this decision"),
            List.of("«Правда переможе»", "Ukrainian", "The truth will win"));

    /** Month names spelled out here rather than taken from a locale, so that no JDK update changes the corpus. */
    static final List<String> MONTHS = List.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");
}
