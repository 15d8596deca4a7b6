package org.zwlint.ui.tests;

import org.eclipse.core.runtime.IStatus;

/**
 * One top-level entry of the workbench log file: the {@code !ENTRY} line's bundle and severity,
 * with the text that follows it (message and stack trace) for the failure report.
 */
record WorkbenchLogEntry(String bundle, int severity, String text) {

    boolean isError() {
        return severity == IStatus.ERROR;
    }

    /** The entry's message and the first lines of its stack trace, enough to recognise it. */
    String summary() {
        return text.lines().limit(12).reduce("!ENTRY " + bundle + " " + severity, (all, line) -> all + "\n    " + line);
    }
}
