/** Workbench tests: the real IDE under Xvfb, driven through the Eclipse UI API and real SWT events. */
@NonNullByDefault({ DefaultLocation.FIELD, DefaultLocation.RETURN_TYPE })
package org.zwlint.ui.tests;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
