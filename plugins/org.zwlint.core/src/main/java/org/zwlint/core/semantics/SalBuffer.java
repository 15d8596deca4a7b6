package org.zwlint.core.semantics;

import org.zwlint.core.ast.Annotation;

/**
 * A buffer-size fact of a SAL annotation on a pointer parameter: _In_reads_bytes_(n) says the
 * callee reads n bytes, _Out_writes_(n) that it writes n elements.
 *
 * @param size the size argument's text, e.g. "Length" or "*Count"
 * @param bytes whether size counts bytes (the _bytes_ / bcount forms) rather than elements
 * @param readable the callee reads the buffer (_In_, _Inout_)
 * @param writable the callee writes the buffer (_Out_, _Inout_)
 * @param optional the pointer may be NULL (an _opt_ form)
 * @param annotation where it was written
 */
public record SalBuffer(String size, boolean bytes, boolean readable, boolean writable, boolean optional,
        Annotation annotation) {
}
