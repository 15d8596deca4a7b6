package org.zwlint.core.baseline;

/**
 * One accepted finding: its rule, its file as the baseline names it, its fingerprint, and the line
 * it was on when recorded (shown for a finding no longer found; matching ignores it, so moved
 * code still matches).
 */
public record BaselineEntry(String ruleId, String file, String fingerprint, int line)
        implements Comparable<BaselineEntry> {

    /** What a finding must share with the entry to match it. */
    public String key() {
        return ruleId + "\u0000" + file + "\u0000" + fingerprint;
    }

    @Override
    public int compareTo(BaselineEntry other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byRule = ruleId.compareTo(other.ruleId);
        return byRule != 0 ? byRule : fingerprint.compareTo(other.fingerprint);
    }
}
