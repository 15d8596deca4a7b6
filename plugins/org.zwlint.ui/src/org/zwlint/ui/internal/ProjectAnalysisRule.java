package org.zwlint.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The scheduling rule of ZwLint's analyses of one project's editor texts: they run one at a
 * time per project, but they only read, so they never hold up a save or a build the way the
 * project's own resource rule would (a save waits on the UI thread for every job holding it).
 */
record ProjectAnalysisRule(IProject project) implements ISchedulingRule {
    @Override
    public boolean contains(ISchedulingRule rule) {
        return equals(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return equals(rule);
    }
}
