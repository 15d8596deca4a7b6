package org.zwlint.core.dispatcher;

import java.util.Locale;

/**
 * One buffer field of the request as the driver receives it: the field ("Irp->AssociatedIrp.SystemBuffer",
 * "Parameters.DeviceIoControl.Type3InputBuffer", "Irp->MdlAddress"), the address in it, its length, and what that
 * address is.
 */
public record IrpBuffer(String field, long address, long length, BufferHandling handling) {
    public String describe() {
        return String.format(Locale.ROOT, "%s = 0x%X (%d bytes): %s", field, address, length, handling.says());
    }
}
