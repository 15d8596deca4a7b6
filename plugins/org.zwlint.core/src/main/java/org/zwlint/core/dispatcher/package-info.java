/**
 * A simulated system service dispatcher: a small machine (address space, threads with PreviousMode and trap frames,
 * per-process and kernel handle tables) that runs the model's services through a user-mode system call, a Zw call or
 * a direct Nt call, and records every step in a readable {@link org.zwlint.core.dispatcher.Trace}. Rules replay
 * findings through {@link org.zwlint.core.dispatcher.Replayer}; the CLI's {@code simulate} parses and runs a
 * {@link org.zwlint.core.dispatcher.SimulationRequest} and prints its trace.
 */
@NonNullByDefault
package org.zwlint.core.dispatcher;

import org.eclipse.jdt.annotation.NonNullByDefault;
