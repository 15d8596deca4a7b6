package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ObjectType;

/**
 * A driver writes a kernel address into a buffer that goes back to the requestor, and the request completes: the
 * write is replayed on a small word memory of the simulated machine, the completion copies the SystemBuffer back as
 * the I/O manager does (IoStatus.Information bytes), and the requestor's read of its output buffer shows what it
 * learns. The address written is one of the machine's own: the thread's kernel stack, the pool, the driver's image,
 * a handle in the kernel handle table.
 */
final class Disclosure {
    private Disclosure() {
    }

    static SimulationRun run(Machine machine, LeakedAddress leaked, OutputChannel channel, OptionalLong information) {
        AddressSpace space = machine.space();
        int width = machine.arch() == Arch.X86 ? 4 : 8;
        long value = valueOf(machine, leaked);
        String shown = leaked == LeakedAddress.KERNEL_HANDLE ? machine.formatHandle(value) : hex(value, width);
        long callerBuffer = space.addressOf(Location.USER);
        long driverBuffer = switch (channel) {
            case USER_BUFFER -> callerBuffer;
            case MAPPED_PAGES -> space.labelled("nonpaged pool").start() + 0x20000; // the MDL's system mapping
            case SYSTEM_BUFFER, KMDF_OUTPUT -> space.labelled("nonpaged pool").start() + 0x8000;
        };
        Map<Long, Long> kernelWords = new HashMap<>();
        Map<Long, Long> callerWords = new HashMap<>();
        List<TraceStep> steps = new ArrayList<>();
        steps.add(new NoteStep("the driver writes " + leaked.says() + ", " + shown + " (" + where(machine, leaked, value)
                + "), to " + channel.label() + " at " + hex(driverBuffer, width)));
        switch (channel) {
            case USER_BUFFER -> callerWords.put(callerBuffer, value);
            case MAPPED_PAGES -> {
                kernelWords.put(driverBuffer, value);
                // the system address and the caller's address are two mappings of the same physical page
                callerWords.put(callerBuffer, kernelWords.get(driverBuffer));
                steps.add(new NoteStep(hex(driverBuffer, width) + " maps the same physical page as the caller's "
                        + hex(callerBuffer, width) + ": the caller sees the write at once"));
            }
            case SYSTEM_BUFFER, KMDF_OUTPUT -> {
                kernelWords.put(driverBuffer, value);
                long copied = information.orElse(width);
                steps.add(new NoteStep("the request completes: the I/O manager copies IoStatus.Information = "
                        + (information.isPresent() ? Long.toString(copied) : "the length the driver reports")
                        + " bytes from the SystemBuffer to the caller's output buffer at " + hex(callerBuffer, width)));
                if (copied >= width) {
                    callerWords.put(callerBuffer, kernelWords.get(driverBuffer));
                }
            }
        }
        long read = callerWords.getOrDefault(callerBuffer, 0L);
        boolean kernel = leaked == LeakedAddress.KERNEL_HANDLE ? read == value && read != 0
                : space.isKernelAddress(read);
        String readShown = read == value ? shown : hex(read, width);
        steps.add(new DisclosureStep(readShown, kernel, kernel ? leaked.says() + " (" + where(machine, leaked, read)
                + ")" : "no kernel address"));
        steps.add(new ResultStep(NtStatus.SUCCESS));
        return new SimulationRun(machine.thread().previousMode(), CallPath.SYSCALL, NtStatus.SUCCESS, new Trace(steps));
    }

    private static long valueOf(Machine machine, LeakedAddress leaked) {
        AddressSpace space = machine.space();
        return switch (leaked) {
            case STACK -> space.labelled("app.exe thread's kernel stack").start() + 0x2E40;
            case POOL -> space.labelled("nonpaged pool").start() + 0x4000;
            case OBJECT -> space.labelled("nonpaged pool").start() + 0x6080;
            case IO_BUFFER -> space.labelled("nonpaged pool").start() + 0x8000;
            case GLOBAL -> space.labelled("driver.sys image").start() + 0x3010;
            case IMAGE -> space.labelled("driver.sys image").start() + 0x1200;
            case KERNEL_HANDLE -> machine.handle(HandleKind.KERNEL, ObjectType.ANY);
        };
    }

    private static String where(Machine machine, LeakedAddress leaked, long value) {
        if (leaked == LeakedAddress.KERNEL_HANDLE) {
            return "an entry of " + machine.kernelHandles().owner();
        }
        return machine.space().describe(value);
    }

    private static String hex(long value, int width) {
        return width == 4 ? String.format(Locale.ROOT, "0x%08X", value & 0xFFFF_FFFFL)
                : String.format(Locale.ROOT, "0x%016X", value);
    }
}
