/**
 * Readers of annotated data from other tools and published corpora (docs/import.md#annotated-data). Each format has
 * a reader of its own that turns the uploaded files into {@link org.slant.annotation.importing.AnnotatedDocument}s,
 * with layers and labels by name and code point offsets into the text as Slant stores it; checking them against the
 * project and storing them is {@link org.slant.annotation.AnnotationImport}'s job, the same for every format.
 */
package org.slant.annotation.importing;
