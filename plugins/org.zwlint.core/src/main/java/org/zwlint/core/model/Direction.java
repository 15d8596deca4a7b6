package org.zwlint.core.model;

/** Which way data flows through a pointer parameter; decides between ProbeForRead and ProbeForWrite. */
public enum Direction {
    IN, OUT, IN_OUT;

    public boolean writes() {
        return this != IN;
    }
}
