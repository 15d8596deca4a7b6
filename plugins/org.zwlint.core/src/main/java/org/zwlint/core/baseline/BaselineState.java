package org.zwlint.core.baseline;

import java.util.Locale;

/** SARIF's baselineState: a finding not in the baseline, one that is, and a baseline entry no longer found. */
public enum BaselineState {
    NEW, UNCHANGED, ABSENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
