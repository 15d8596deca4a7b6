package org.zwlint.core;

/** How serious a finding or diagnostic is; maps onto compiler, SARIF and Eclipse marker levels. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lower-case spelling used in text reports and SARIF levels ("error", "warning", "note"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
