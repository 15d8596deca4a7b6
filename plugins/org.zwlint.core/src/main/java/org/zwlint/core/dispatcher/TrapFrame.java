package org.zwlint.core.dispatcher;

import org.zwlint.core.model.PreviousMode;

/**
 * The frame the dispatcher builds on kernel entry. It saves the thread's PreviousMode from before the entry; the exit
 * path restores it from here, which is why PreviousMode changes only when a trap frame is built or unwound.
 */
public record TrapFrame(String builtBy, PreviousMode savedPreviousMode, PreviousMode previousModeForCall) {
}
