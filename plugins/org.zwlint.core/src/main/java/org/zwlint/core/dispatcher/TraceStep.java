package org.zwlint.core.dispatcher;

/** One step of a simulated call, kept structured so rules can ask what happened, and rendered for people. */
public sealed interface TraceStep permits TrapFrameStep, PreviousModeStep, ArgumentCopyStep, DispatchStep, ProbeStep,
        IrpBufferStep, DriverAccessStep,
        TrustStep, CaptureStep, HandleLookupStep, AccessCheckStep, HandleCreatedStep, NoteStep, ResultStep,
        DisclosureStep {
    /** One line of the readable trace, without numbering. */
    String text();
}
