package org.zwlint.core.analysis;

import java.util.regex.Pattern;

import org.zwlint.core.semantics.CType;
import org.zwlint.core.semantics.Pointer;

/**
 * The types of request objects: an IRP, its stack location, a minifilter's callback data or parameter block, the
 * parameters of that block (PFLT_PARAMETERS params = &Data->Iopb->Parameters), a KMDF request.
 */
final class RequestTypes {
    private static final Pattern TAGS = Pattern.compile(
            "\\b(_IRP|_IO_STACK_LOCATION|_FLT_CALLBACK_DATA|_FLT_IO_PARAMETER_BLOCK|_FLT_PARAMETERS|WDFREQUEST__)\\b");

    /** Where a request's parameters sit below the request: a pointer to them reads "Parameters." plus its members. */
    static final String PARAMETERS = "Parameters.";

    /** Whether the type is a pointer to a request's parameters alone (FLT_PARAMETERS). */
    static boolean isParameters(CType type) {
        return type instanceof Pointer && type.display().contains("_FLT_PARAMETERS");
    }

    /** Whether the type is a pointer to a minifilter's callback data: the object FltLockUserBuffer locks for. */
    static boolean isCallbackData(CType type) {
        return type instanceof Pointer && type.display().contains("_FLT_CALLBACK_DATA");
    }

    private RequestTypes() {
    }

    static boolean isRequest(CType type) {
        return type instanceof Pointer && TAGS.matcher(type.display()).find();
    }
}
