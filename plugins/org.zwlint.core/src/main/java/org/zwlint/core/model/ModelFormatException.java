package org.zwlint.core.model;

/** A model data file that does not match what the loader expects; the message names the offending entry. */
public final class ModelFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
