package org.slant.agreement;

/** What a figure covers: the whole selection, one outlet's or story's documents, one document, or one pair. */
public enum Scope {
    PROJECT, OUTLET, STORY, DOCUMENT, PAIR
}
