package org.zwlint.ui.internal;

/**
 * One step of a finding's witness as a marker keeps it: the file's location in the file system
 * (a header may be outside the workspace), the character range in that file's text, the 1-based
 * line, and what happened there.
 */
public record WitnessStepRecord(String location, int start, int end, int line, String text) {
}
