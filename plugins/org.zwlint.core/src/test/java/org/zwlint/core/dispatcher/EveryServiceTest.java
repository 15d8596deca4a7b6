package org.zwlint.core.dispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.Capture;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;

/** The generic body must run every service of the model on every path, with the outcome the defaults imply. */
class EveryServiceTest {
    private static final ServiceModel MODEL = ServiceModel.bundled();

    @Test
    void everyServiceRunsOnEveryPath() {
        Set<NtStatus> expected = Set.of(NtStatus.SUCCESS, NtStatus.ACCESS_DENIED, NtStatus.ACCESS_VIOLATION,
                NtStatus.OBJECT_TYPE_MISMATCH);
        int runs = 0;
        for (Arch arch : Arch.values()) {
            for (ServiceSpec spec : MODEL.services()) {
                // A user program with its own memory and handles: probes pass, handles resolve.
                Machine user = Machine.userModeCaller(MODEL, arch, MODEL.mmUserProbeAddress(arch));
                SimulationRun syscall = new Dispatcher(user).call(CallPath.SYSCALL, spec,
                        Arguments.complete(spec, Map.of(), CallPath.SYSCALL));
                assertTrue(expected.contains(syscall.status()), spec.ntName() + ": " + syscall.trace().render());
                // A name resolves to a protected object by default: the access check refuses it.
                boolean named = spec.pointerParameters().stream().anyMatch(p -> !p.optional()
                        && p.capture().equals(Optional.of(Capture.OBJECT_ATTRIBUTES)));
                assertEquals(named ? NtStatus.ACCESS_DENIED : NtStatus.SUCCESS, syscall.status(),
                        spec.ntName() + " on " + arch.label() + "\n" + syscall.trace().render());
                // A driver in a system thread with kernel memory and kernel handles: everything is trusted.
                Machine system = Machine.forPreviousMode(MODEL, arch, PreviousMode.KERNEL_MODE);
                SimulationRun zw = new Dispatcher(system).call(CallPath.ZW, spec,
                        Arguments.complete(spec, Map.of(), CallPath.ZW));
                assertEquals(NtStatus.SUCCESS, zw.status(), spec.ntName() + "\n" + zw.trace().render());
                assertEquals(PreviousMode.KERNEL_MODE, system.thread().previousMode());
                // The same driver call made directly from a user request: any pointer or handle fails.
                Machine request = Machine.forPreviousMode(MODEL, arch, PreviousMode.USER_MODE);
                SimulationRun nt = new Dispatcher(request).call(CallPath.NT, spec,
                        Arguments.complete(spec, Map.of(), CallPath.NT));
                boolean passesKernelData = !spec.pointerParameters().stream().allMatch(p -> p.optional())
                        || !spec.handleParameters().stream().allMatch(h -> h.optional());
                assertEquals(passesKernelData, !nt.status().isSuccess(), spec.ntName() + "\n" + nt.trace().render());
                runs += 3;
            }
        }
        assertEquals(6 * MODEL.services().size(), runs);
    }
}
