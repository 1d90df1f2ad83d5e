package org.slant.team;

/** What a member does in one project. */
public enum ProjectRole {
    /** Sets the project up: schema, corpus, members, assignment; sees everyone's work and the progress. */
    MANAGER,
    /** Adjudicates gold and sees everyone's work. */
    CURATOR,
    /** Annotates the documents assigned to them. */
    ANNOTATOR
}
