package org.slant.schema;

/** The kind of value an attribute of a span or answer takes. */
public enum AttributeType {
    /** one of the options */
    CHOICE,
    /** any number of the options */
    MULTI_CHOICE,
    /** free text */
    TEXT,
    /** yes or no */
    BOOLEAN,
    /** one of the story's main entities (or a new one, with a note) */
    ENTITY
}
