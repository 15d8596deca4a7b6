package org.zwlint.core.baseline;

/** One accepted finding: its rule, its file as the baseline names it, and its fingerprint. */
public record BaselineEntry(String ruleId, String file, String fingerprint) implements Comparable<BaselineEntry> {
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
