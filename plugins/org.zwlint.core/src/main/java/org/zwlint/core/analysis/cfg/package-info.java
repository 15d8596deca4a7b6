/**
 * The control-flow graph of one function: {@link org.zwlint.core.analysis.cfg.Cfg#build} turns a
 * function's statements into nodes that each evaluate one full expression, one atomic condition,
 * one initialised declarator or one {@code __except} filter, joined by typed edges.
 * <p>
 * Conventions the dataflow solver relies on:
 * <ul>
 * <li><b>Conditions</b> of {@code if}, {@code while}, {@code do}, {@code for} are split at
 * {@code &&}, {@code ||}, {@code !}, {@code ?:} and the comma operator into one BRANCH node per
 * atomic condition. {@code !x} is not a node of its own: it is the BRANCH on {@code x} with its
 * TRUE and FALSE edges swapped, so a TRUE edge always means "this node's element was nonzero".
 * A condition that is an integer literal keeps its BRANCH node but only the edge it can take
 * ({@code while (1)} has no FALSE edge, {@code do ... while (0)} no TRUE edge).</li>
 * <li><b>Plain expressions</b> ({@code x = a && b;}, {@code r = c ? d : e;}, {@code return a || b;},
 * initialisers) stay one ELEMENT node each; a transfer function that cares about the short-circuit
 * looks inside the element. GNU statement expressions are opaque parts of their element.</li>
 * <li><b>switch</b>: the selector is an ELEMENT node whose out-edges are one CASE edge per case
 * label (label = the CaseStatement) and one DEFAULT edge (label = the DefaultStatement, or no label
 * and the target past the switch when there is no default).</li>
 * <li><b>SEH</b>: every ELEMENT, BRANCH and EXCEPT_FILTER node inside a {@code __try} body guarded
 * by an {@code __except} has an EXCEPTION edge to the filter of the innermost such {@code __except};
 * the filter goes on to the handler, and (as a node of an outer guarded body) may go on to an outer
 * filter, which models EXCEPTION_CONTINUE_SEARCH. A {@code __finally} block is built once and
 * shared: the normal end of the body, {@code __leave}, and every {@code return}, {@code break},
 * {@code continue} and {@code goto} that leaves the body enter it, and when it has more than one
 * continuation it ends in a JOIN node with an edge to each. This over-approximates: a path that
 * entered the finally block by {@code return} may leave it towards the code after the statement.
 * Finally blocks are not on the exceptional path (an exception goes straight to the filter).</li>
 * <li>{@code goto} to a label that does not exist goes to the exit. A loop or {@code goto} cycle
 * with no node in it gets a JOIN node so the cycle is explicit.</li>
 * <li>Code no path reaches still has nodes; {@link org.zwlint.core.analysis.cfg.Cfg#reachable}
 * tells them apart.</li>
 * </ul>
 * The builder works from an explicit stack, so a 10,000-deep nesting does not overflow the Java stack.
 */
@NonNullByDefault
package org.zwlint.core.analysis.cfg;

import org.eclipse.jdt.annotation.NonNullByDefault;
