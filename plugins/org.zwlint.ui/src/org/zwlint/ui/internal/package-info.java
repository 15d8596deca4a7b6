/** Nature, builder, markers, quick fixes and preferences. Internal: only the tests bundle is a friend. */
// Parameters stay unannotated: most methods here override unannotated Eclipse API, where
// a non-null default would be an illegal redefinition. Fields and return values are non-null.
@NonNullByDefault({ DefaultLocation.FIELD, DefaultLocation.RETURN_TYPE })
package org.zwlint.ui.internal;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
