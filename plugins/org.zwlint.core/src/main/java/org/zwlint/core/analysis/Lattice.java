package org.zwlint.core.analysis;

/** The join of a dataflow fact, and the equality that tells the solver a fact stopped changing. */
public interface Lattice<F> {
    F join(F left, F right);

    boolean same(F left, F right);
}
