package org.zwlint.core.rules;

/**
 * How a ZwLint rule relates to a check of a tool driver teams already use: a PREfast (Code
 * Analysis for Drivers) warning such as C28125, a Static Driver Verifier rule or a CodeQL driver
 * query. {@code kind} is a SARIF relationship kind seen from the ZwLint rule: "equal" (reports
 * the same problems), "superset" (reports those and more), "subset", "incomparable" (the two
 * overlap) or "relevant" (related ground, different problems).
 */
public record RuleRelation(RelatedTool tool, String id, String kind, String description) {
    /** The kinds SARIF 2.1.0 defines for a reporting descriptor relationship that ZwLint uses. */
    public static final java.util.List<String> KINDS = java.util.List.of("equal", "superset", "subset",
            "incomparable", "relevant");

    /**
     * Whether a suppression written for the other tool's check also covers this rule's findings:
     * only when the two report the same problems. A superset rule reports more than the check, so
     * a line silenced for the check may hold a finding the check never made.
     */
    public boolean suppressionCarriesOver() {
        return kind.equals("equal");
    }

    /** The PREfast warning number (28125 for C28125) when this relation is to a PREfast warning. */
    public java.util.OptionalInt prefastWarning() {
        if (tool != RelatedTool.PREFAST || !id.matches("C\\d{4,5}")) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(Integer.parseInt(id.substring(1)));
    }
}
