/**
 * Analysis of an edited file by its functions: the functions whose text changed, and those linked to
 * them by name, are analyzed again; the findings of the others are carried over from the previous
 * analysis of the file. The result is the one a full analysis gives (see {@link IncrementalAnalysis}).
 */
@NonNullByDefault
package org.zwlint.core.incremental;

import org.eclipse.jdt.annotation.NonNullByDefault;
