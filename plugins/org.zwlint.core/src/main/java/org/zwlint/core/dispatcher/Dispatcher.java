package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceSpec;
import org.zwlint.core.model.ServiceTable;

/**
 * The system service dispatcher: KiSystemService on x86, KiSystemCall64 / KiServiceInternal on x64. It builds the
 * trap frame that sets PreviousMode, copies the stack arguments, dispatches through the service table and restores
 * PreviousMode on exit. A direct Nt call bypasses all of it.
 */
public final class Dispatcher {
    private final Machine machine;

    public Dispatcher(Machine machine) {
        this.machine = machine;
    }

    public SimulationRun call(CallPath via, ServiceSpec spec, Map<String, ArgValue> args) {
        List<TraceStep> steps = new ArrayList<>();
        SimThread thread = machine.thread();
        PreviousMode before = thread.previousMode();
        ServiceTable table = machine.table();
        int index = table.indexOf(spec.ntName())
                .orElseThrow(() -> new IllegalArgumentException(spec.ntName() + " is not in the service table"));
        ServiceBody body = new ServiceBody(machine, spec, args, steps);
        boolean x86 = machine.arch() == Arch.X86;
        switch (via) {
            case SYSCALL -> {
                String entry = x86 ? "KiSystemService (sysenter -> KiFastCallEntry)"
                        : "KiSystemCall64 (syscall instruction)";
                thread.enter(entry, PreviousMode.USER_MODE);
                steps.add(new TrapFrameStep(entry + ", the caller's code segment is user mode", before,
                        PreviousMode.USER_MODE, thread.trapFrameDepth()));
                steps.add(userArguments(machine, index, spec));
            }
            case ZW -> {
                String entry = x86 ? spec.zwName() + " stub: mov eax, " + String.format("0x%X", index)
                        + "; call KiSystemService"
                        : spec.zwName() + " stub: mov eax, " + String.format("0x%X", index)
                                + "; jmp KiServiceInternal";
                thread.enter(entry, PreviousMode.KERNEL_MODE);
                steps.add(new TrapFrameStep(entry + ", the caller's code segment is kernel mode", before,
                        PreviousMode.KERNEL_MODE, thread.trapFrameDepth()));
                steps.add(copy(machine, index, spec, "the driver's kernel stack"));
            }
            case NT -> steps.add(new PreviousModeStep(before, before, spec.ntName() + " is called directly, no "
                    + "trap frame is built, so the thread keeps the PreviousMode of its last kernel entry"
                    + (thread.trapFrameDepth() > 0 ? " (trap frame #" + thread.trapFrameDepth() + ")" : "")));
        }
        if (via != CallPath.NT) {
            String how = x86 ? String.format("KiServiceTable[0x%X]", index)
                    : "KiServiceTable + (" + table.compactedEntry(index).hex() + " >> 4)";
            steps.add(new DispatchStep(spec.ntName(), index, hex(table.routineAddress(index)), how));
        } else {
            steps.add(new NoteStep(String.format("call %s at %s: no argument copy, the dispatcher is not involved",
                    spec.ntName(), hex(table.routineAddress(index)))));
        }
        NtStatus status = body.run();
        if (via != CallPath.NT) {
            PreviousMode during = thread.previousMode();
            int depth = thread.trapFrameDepth();
            thread.exit();
            steps.add(new PreviousModeStep(during, thread.previousMode(), "trap frame #" + depth + " unwound on "
                    + "exit (" + (x86 ? "KiServiceExit" : "KiSystemServiceExit") + "), the saved value is restored"));
        }
        steps.add(new ResultStep(status));
        return new SimulationRun(before, via, status, new Trace(steps));
    }

    /**
     * The copy of a user-mode caller's arguments on system call entry: on x86 every argument is on the user stack
     * and KiArgumentTable gives the byte count; on x64 the first four travel in registers.
     */
    static ArgumentCopyStep userArguments(Machine machine, int index, ServiceSpec spec) {
        return copy(machine, index, spec, "the user stack of app.exe" + (machine.arch() == Arch.X86
                ? " (its address first checked below MmUserProbeAddress)"
                : " (its address clamped to MmUserProbeAddress)"));
    }

    private static ArgumentCopyStep copy(Machine machine, int index, ServiceSpec spec, String from) {
        ServiceTable table = machine.table();
        if (machine.arch() == Arch.X86) {
            int bytes = table.argumentBytes(index);
            return new ArgumentCopyStep(0, table.stackArgumentCount(index), bytes, from,
                    String.format("KiArgumentTable[0x%X] = %d", index, bytes));
        }
        int registers = Math.min(4, spec.parameterCount());
        return new ArgumentCopyStep(registers, table.stackArgumentCount(index), table.argumentBytes(index), from,
                "service table entry " + table.compactedEntry(index).hex() + " & 0xF = "
                        + table.stackArgumentCount(index) + " (rcx, rdx, r8, r9 carry the first four)");
    }

    private String hex(long address) {
        return machine.arch() == Arch.X86 ? String.format("0x%08X", address & 0xFFFFFFFFL)
                : String.format("0x%016X", address);
    }
}
