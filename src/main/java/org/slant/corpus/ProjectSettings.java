package org.slant.corpus;

import java.util.ArrayList;
import java.util.List;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;

/**
 * What a manager sets for a project.
 *
 * @param guidelines Markdown shown to annotators
 * @param annotatorsPerDocument how many annotators each document goes to (k)
 * @param blind annotators never see each other's work
 * @param snapToWords selections snap to whole words
 * @param outletBlind annotators read the articles without their outlet, title and byline, and with the outlets'
 *     names in the text masked (decision 0021); managers, curators and admins see everything
 */
public record ProjectSettings(String name, String description, String guidelines, int annotatorsPerDocument,
        boolean blind, boolean snapToWords, boolean outletBlind) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ANNOTATORS_PER_DOCUMENT = 100;
    public static final int MAX_GUIDELINES_LENGTH = 200_000;

    public ProjectSettings {
        name = name == null ? null : name.strip();
        description = description == null ? "" : description.strip();
        guidelines = guidelines == null ? "" : guidelines;
    }

    /** Settings without outlet blinding, as every project had before it could be switched on. */
    public ProjectSettings(String name, String description, String guidelines, int annotatorsPerDocument,
            boolean blind, boolean snapToWords) {
        this(name, description, guidelines, annotatorsPerDocument, blind, snapToWords, false);
    }

    /** A new project's defaults: one annotator per document, blind, snapping to words, outlets shown. */
    public static ProjectSettings named(String name, String description) {
        return new ProjectSettings(name, description, "", 1, true, true, false);
    }

    /** The same settings with outlet blinding switched on or off. */
    public ProjectSettings withOutletBlind(boolean on) {
        return new ProjectSettings(name, description, guidelines, annotatorsPerDocument, blind, snapToWords, on);
    }

    /** Refuses the settings with every problem, by field, if any. */
    public void check() {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            problems.add(Problem.of("name", Message.of("corpus.refusal.project-name")));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of("name", Message.of("corpus.refusal.at-most", String.valueOf(MAX_NAME_LENGTH))));
        }
        if (annotatorsPerDocument < 1 || annotatorsPerDocument > MAX_ANNOTATORS_PER_DOCUMENT) {
            problems.add(Problem.of("annotatorsPerDocument", Message.of("corpus.refusal.annotators-per-document",
                    String.valueOf(MAX_ANNOTATORS_PER_DOCUMENT), String.valueOf(annotatorsPerDocument))));
        }
        if (guidelines.length() > MAX_GUIDELINES_LENGTH) {
            problems.add(Problem.of("guidelines", Message.of("corpus.refusal.at-most",
                    String.valueOf(MAX_GUIDELINES_LENGTH))));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("corpus.refusal.settings-not-saved"), problems);
        }
    }
}
