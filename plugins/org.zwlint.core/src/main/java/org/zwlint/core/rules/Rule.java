package org.zwlint.core.rules;

import java.util.List;

import org.zwlint.core.Finding;

/** One check. Rules are independent: each reads the analyzed file and reports its own findings. */
public interface Rule {
    /** The stable public id, e.g. "PM001". */
    String id();

    List<Finding> check(RuleInput input);
}
