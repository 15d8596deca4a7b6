/** One class per rule, and the rule catalog (ids, names, severities, docs) loaded from a data file. */
@NonNullByDefault
package org.zwlint.core.rules;

import org.eclipse.jdt.annotation.NonNullByDefault;
