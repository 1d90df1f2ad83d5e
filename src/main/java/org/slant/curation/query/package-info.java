/**
 * The curation module's published queries: how the other features (export, agreement) read the gold stored in
 * curation's tables ({@code gold_span}, {@code gold_answer}, {@code gold_event}, {@code curation}). No other module
 * names those tables in its SQL (ModuleBoundariesTest); callers check who may read gold.
 */
@NamedInterface("query")
package org.slant.curation.query;

import org.springframework.modulith.NamedInterface;
