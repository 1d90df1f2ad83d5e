package org.slant.annotation;

import java.util.List;

/** One annotator's work on one document: spans in text order, and answers. */
public record DocumentAnnotations(List<Span> spans, List<Answer> answers) {
}
