package org.zwlint.core.rules;

import java.util.List;

import org.zwlint.core.Finding;

/**
 * One check. Rules are independent: each reads the analyzed unit and reports its own findings wherever they are, in
 * the file or in a header it includes. Where a finding is reported, and how often, is the analyzer's decision.
 */
public interface Rule {
    /** The stable public id, e.g. "PM001". */
    String id();

    List<Finding> check(RuleInput input);
}
