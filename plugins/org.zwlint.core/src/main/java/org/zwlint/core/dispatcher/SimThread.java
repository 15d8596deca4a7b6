package org.zwlint.core.dispatcher;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.zwlint.core.model.PreviousMode;

/** A thread: the process it runs in, its current PreviousMode, and its stack of trap frames. */
public final class SimThread {
    private final SimProcess process;
    private PreviousMode previousMode;
    private final Deque<TrapFrame> frames = new ArrayDeque<>();

    public SimThread(SimProcess process, PreviousMode previousMode) {
        this.process = process;
        this.previousMode = previousMode;
    }

    public SimProcess process() {
        return process;
    }

    public PreviousMode previousMode() {
        return previousMode;
    }

    public int trapFrameDepth() {
        return frames.size();
    }

    /** Kernel entry: save the current PreviousMode in a new frame and switch to the caller's mode. */
    public TrapFrame enter(String builtBy, PreviousMode callerMode) {
        TrapFrame frame = new TrapFrame(builtBy, previousMode, callerMode);
        frames.push(frame);
        previousMode = callerMode;
        return frame;
    }

    /** Kernel exit: unwind the newest frame and restore the PreviousMode it saved. */
    public Optional<TrapFrame> exit() {
        TrapFrame frame = frames.poll();
        if (frame != null) {
            previousMode = frame.savedPreviousMode();
        }
        return Optional.ofNullable(frame);
    }
}
