package org.zwlint.ui.internal;

import org.eclipse.core.runtime.CoreException;

/** A change the property page makes to a project's settings file, run in a workspace job. */
@FunctionalInterface
interface ProjectFileChange {
    void run() throws CoreException;
}
