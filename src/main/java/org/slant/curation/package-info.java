/**
 * Curation: adjudicating the annotators' disagreements into a gold standard, stored apart from their work
 * ({@code gold_span}, {@code gold_answer}, {@code gold_event}, {@code curation}).
 */
package org.slant.curation;
