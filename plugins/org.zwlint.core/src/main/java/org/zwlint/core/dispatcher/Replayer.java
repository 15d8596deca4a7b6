package org.zwlint.core.dispatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.PreviousMode;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.ServiceSpec;

/**
 * Replays a driver's call to a native service in each PreviousMode its context allows, on a fresh machine per run,
 * so a rule can confirm a boundary finding and attach the trace as its witness.
 */
public final class Replayer {
    private final ServiceModel model;
    private final Arch arch;

    public Replayer(ServiceModel model, Arch arch) {
        this.model = model;
        this.arch = arch;
    }

    /** A replayer over the bundled model. */
    public static Replayer bundled(Arch arch) {
        return new Replayer(ServiceModel.bundled(), arch);
    }

    /** The architecture whose dispatcher and address space the replays simulate. */
    public Arch arch() {
        return arch;
    }

    /** Replays of hostile requests through the I/O manager to a driver's access, on this model and architecture. */
    public DriverReplay driver() {
        return new DriverReplay(model, arch);
    }

    /** Whether the model knows the routine (by its Nt or Zw name). */
    public boolean supports(String routine) {
        return model.find(routine).isPresent();
    }

    /**
     * @throws IllegalArgumentException if the routine is not in the model, or an argument names no parameter or
     *             does not fit its parameter's role
     */
    public ReplayOutcome replay(ReplayCall call, CallerContext context) {
        ServiceSpec spec = model.find(call.routine())
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + call.routine()));
        Map<String, ArgValue> args = Arguments.complete(spec, call.arguments(), call.via());
        List<SimulationRun> runs = new ArrayList<>();
        for (PreviousMode mode : context.previousModes()) {
            Machine machine = Machine.forPreviousMode(model, arch, mode);
            runs.add(new Dispatcher(machine).call(call.via(), spec, args));
        }
        return new ReplayOutcome(call, context, runs);
    }

    /**
     * Replays a driver's write of a kernel address into a buffer that goes back to a user-mode requestor, and the
     * completion of the request. {@code information} is the IoStatus.Information the driver reports, when it is a
     * constant.
     */
    public ReplayOutcome replayDisclosure(LeakedAddress leaked, OutputChannel channel, OptionalLong information) {
        Machine machine = Machine.forPreviousMode(model, arch, PreviousMode.USER_MODE);
        SimulationRun run = Disclosure.run(machine, leaked, channel, information);
        return new ReplayOutcome(ReplayCall.of("NtDeviceIoControlFile"), CallerContext.USER_MODE_POSSIBLE, List.of(run));
    }

    /**
     * Replays ObReferenceObjectByHandle-style routines (not system services) called in a requesting user thread
     * with a handle value the user chose and the driver's AccessMode.
     */
    public ReplayOutcome replayReference(String routine, HandleKind userValue, PreviousMode accessMode) {
        Machine machine = Machine.forPreviousMode(model, arch, PreviousMode.USER_MODE);
        SimulationRun run = HandleReference.run(machine, routine, userValue, accessMode);
        return new ReplayOutcome(ReplayCall.of(routine), CallerContext.USER_MODE_POSSIBLE, List.of(run));
    }
}
