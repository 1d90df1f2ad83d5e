/**
 * The annotation module's published queries: how the other features (agreement, export, progress) read the work
 * stored in annotation's tables ({@code span_annotation}, {@code document_answer}, {@code annotation_event},
 * {@code assignment}). No other module names those tables in its SQL (ModuleBoundariesTest); a changed column is
 * changed here, and a changed result type fails to compile where it is used (docs/decisions/0019-module-boundaries.md).
 */
@NamedInterface("query")
package org.slant.annotation.query;

import org.springframework.modulith.NamedInterface;
