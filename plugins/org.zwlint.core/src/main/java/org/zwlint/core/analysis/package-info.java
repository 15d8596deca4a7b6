/** The dataflow engine: one generic solver, pointer provenance, probes, SEH guards, fetches, entry contexts and summaries. */
@NonNullByDefault
package org.zwlint.core.analysis;

import org.eclipse.jdt.annotation.NonNullByDefault;
