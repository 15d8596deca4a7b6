package org.zwlint.ui.internal;

import java.util.regex.Pattern;

/**
 * What a kind of fix does, read from its edits, so that a fix over many markers says what it
 * does to all of them ("Replace each Nt* call with its Zw* routine") instead of repeating the
 * first marker's label. Fixes of one family can be applied together.
 */
record FixFamily(String key, String description) {
    private static final Pattern NT_NAME = Pattern.compile("Nt\\w*");
    private static final Pattern ZW_NAME = Pattern.compile("Zw\\w*");
    private static final String SUPPRESSION = "zwlint-disable-next-line";

    static FixFamily of(String ruleId, FixRecord fix) {
        if (!fix.edits().isEmpty() && fix.edits().stream().allMatch(FixFamily::isNtToZw)) {
            return new FixFamily("nt-to-zw", "Replace each Nt* call with its Zw* routine");
        }
        if (!fix.edits().isEmpty() && fix.edits().stream().allMatch(e -> e.replacement().contains(SUPPRESSION))) {
            return new FixFamily("suppress:" + ruleId, "Suppress each " + ruleId + " finding with a comment");
        }
        // A rule's own fix: the same rule's findings get the same kind of edit.
        return new FixFamily("rule:" + ruleId + ":" + shape(fix), "Apply the " + ruleId + " fix to each finding");
    }

    /** The fix rewrites an Nt name, or just its "Nt" prefix, into the Zw one. */
    private static boolean isNtToZw(FixRecord.EditRecord edit) {
        return NT_NAME.matcher(edit.original()).matches() && ZW_NAME.matcher(edit.replacement()).matches()
                && edit.original().substring(2).equals(edit.replacement().substring(2));
    }

    /** The fix's label with the names in it blanked: "Add OBJ_KERNEL_HANDLE to *" for every call. */
    private static String shape(FixRecord fix) {
        return fix.label().replaceAll("\\b[A-Za-z_]\\w*[A-Z0-9_]\\w*\\b", "*");
    }

    String labelFor(int count, String scope) {
        return description + " " + scope + " (" + count + ")";
    }
}
