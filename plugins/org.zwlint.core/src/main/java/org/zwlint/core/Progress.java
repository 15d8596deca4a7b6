package org.zwlint.core;

/**
 * Told how far a run has got, for a progress bar: first how many files it will analyze, then
 * each time a project's files are done (analyzed or taken from the cache). Called from the
 * analysis threads.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void filesDone(int files) {
            // nobody is watching
        }
    };

    /** The number of files the run will analyze; may be told more than once (once per configuration). */
    default void filesPlanned(int files) {
        // a listener that counts only what is done
    }

    void filesDone(int files);
}
