package org.zwlint.core.dispatcher;

/** The dispatcher copied the stack arguments to the kernel stack; {@code how} says where the count came from. */
public record ArgumentCopyStep(int registerArguments, int stackArguments, int bytes, String from, String how)
        implements TraceStep {
    @Override
    public String text() {
        String registers = registerArguments == 0 ? "" : registerArguments + " argument(s) in registers, ";
        return String.format("%s%d byte(s) (%d stack argument(s)) copied from %s to the kernel stack; %s", registers,
                bytes, stackArguments, from, how);
    }
}
