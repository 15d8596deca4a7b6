/**
 * What names and expressions mean in one translation unit: C types (typedefs resolved to their
 * structs and unions, pointers, arrays, function pointers), struct and union fields with x64
 * offsets, scopes and symbols, integer constant expressions, and the facts SAL annotations state.
 * The bundled WDK model's declarations are parsed once ({@link org.zwlint.core.semantics.WdkDeclarations})
 * and shared read-only by every unit's {@link org.zwlint.core.semantics.SemanticModel}.
 */
@NonNullByDefault
package org.zwlint.core.semantics;

import org.eclipse.jdt.annotation.NonNullByDefault;
