package org.zwlint.core.semantics;

import java.util.List;

import org.zwlint.core.ast.Annotation;

/**
 * One SAL _When_(condition, annotations): the annotations hold only where the condition does.
 *
 * @param condition the condition's text as written, e.g. "return >= 0" or "Length > 0"
 * @param annotations the annotations inside, each with the span of the whole _When_
 */
public record WhenCondition(String condition, List<Annotation> annotations) {
    public WhenCondition {
        annotations = List.copyOf(annotations);
    }
}
