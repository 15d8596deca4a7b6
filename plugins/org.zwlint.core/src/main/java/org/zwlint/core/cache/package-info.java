/**
 * The result cache ({@code zwlint check --cache DIR}): a driver project's results, stored under a
 * key of everything they depend on, so a rerun over an unchanged tree only reads and hashes.
 */
@NonNullByDefault
package org.zwlint.core.cache;

import org.eclipse.jdt.annotation.NonNullByDefault;
