/**
 * Baselines: the findings a team has accepted, recorded by a fingerprint that survives line moves
 * and unrelated edits, so that only new findings fail a run.
 */
@NonNullByDefault
package org.zwlint.core.baseline;

import org.eclipse.jdt.annotation.NonNullByDefault;
