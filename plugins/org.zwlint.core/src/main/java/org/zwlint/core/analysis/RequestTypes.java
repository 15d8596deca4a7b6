package org.zwlint.core.analysis;

import java.util.regex.Pattern;

import org.zwlint.core.semantics.CType;
import org.zwlint.core.semantics.Pointer;

/** The types of request objects: an IRP, its stack location, a minifilter's callback data or parameter block, a KMDF request. */
final class RequestTypes {
    private static final Pattern TAGS = Pattern
            .compile("\\b(_IRP|_IO_STACK_LOCATION|_FLT_CALLBACK_DATA|_FLT_IO_PARAMETER_BLOCK|WDFREQUEST__)\\b");

    private RequestTypes() {
    }

    static boolean isRequest(CType type) {
        return type instanceof Pointer && TAGS.matcher(type.display()).find();
    }
}
