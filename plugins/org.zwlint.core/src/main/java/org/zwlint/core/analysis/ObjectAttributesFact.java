package org.zwlint.core.analysis;

import java.util.Optional;

import org.zwlint.core.ast.Call;
import org.zwlint.core.source.TextRange;

/**
 * What the OBJECT_ATTRIBUTES passed to a call hold, as far as the driver built them where the
 * analysis sees it: the Attributes value (its constant when known, its origin the expression that
 * set it), the ObjectName UNICODE_STRING and the memory its Buffer points to, the RootDirectory
 * handle, and the name's text when it is a string constant of the driver.
 *
 * @param argument the index of the POBJECT_ATTRIBUTES argument
 * @param built whether the driver set any field of the structure on this path (false: a pointer
 *            handed in from elsewhere, whose fields are unknown here)
 */
public record ObjectAttributesFact(Call node, TextRange range, int argument, boolean built, Value structure,
        Value attributes, Value name, Value nameBuffer, Value rootDirectory, Optional<String> nameText)
        implements AnalysisFact {
    @Override
    public Call node() {
        return node;
    }

    @Override
    public TextRange range() {
        return range;
    }

    /** The Attributes constant when the analysis knows it on every path. */
    public java.util.OptionalLong attributesConstant() {
        return attributes.constant();
    }
}
