package org.slant.schema;

/** What annotators mark in a layer. */
public enum LayerKind {
    /** passages of the text, with start and end offsets */
    SPAN,
    /** one answer for the whole article (e.g. its primary frame) */
    DOCUMENT
}
