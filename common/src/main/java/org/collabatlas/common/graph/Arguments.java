package org.collabatlas.common.graph;

/**
 * The argument checks of the algorithm builders, so that every builder rejects a bad value with the same message:
 * the parameter's name, the rule, and the value given.
 */
final class Arguments {
    private Arguments() {
    }

    static CsrGraph graph(CsrGraph graph) {
        if (graph == null) {
            throw new IllegalArgumentException("graph is null");
        }
        return graph;
    }

    static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }

    static long atLeastOne(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
        return value;
    }

    /** {@code value} when it lies in the open interval (0, 1). */
    static double inOpenUnitInterval(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
        }
        return value;
    }
}
