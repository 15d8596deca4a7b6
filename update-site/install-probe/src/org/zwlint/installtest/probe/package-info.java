/**
 * The install test's hands inside the installed workbench: import the workspace's projects, wait
 * for their build, report ZwLint's markers, close the workbench. Not shipped with ZwLint.
 */
// Parameters stay unannotated: the probe implements unannotated Eclipse API.
@NonNullByDefault({ DefaultLocation.FIELD, DefaultLocation.RETURN_TYPE })
package org.zwlint.installtest.probe;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
