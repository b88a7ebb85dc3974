package kiln.parser.fuzz;

import java.util.Random;

/** The fuzzer's mutators, with the weight each gets when an input picks one. */
enum Mutation {
    BYTE_FLIP("byte-flip", 6),
    BYTE_INSERT("byte-insert", 5),
    BYTE_DELETE("byte-delete", 5),
    TRUNCATE("truncate", 6),
    BRACKET_DELETE("bracket-delete", 6),
    BRACKET_INSERT("bracket-insert", 6),
    TOKEN_INSERT("token-insert", 8),
    TOKEN_REPLACE("token-replace", 6),
    LINE_SPLICE("line-splice", 5),
    LINE_SHUFFLE("line-shuffle", 4),
    INDENT_CHANGE("indent-change", 5),
    NEWLINE_CHANGE("newline-change", 3),
    ENCODING("encoding", 3),
    STACKED("stacked", 8),
    /** A self-contained deep-nesting source, checked against CPython's outcome. */
    DEEP("deep", 14),
    /** A deep-nesting source put inside a real file, or mutated further. */
    DEEP_MIXED("deep-mixed", 5);

    final String label;
    final int weight;

    Mutation(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    private static final Mutation[] VALUES = values();
    private static final int TOTAL_WEIGHT;

    static {
        int t = 0;
        for (Mutation m : VALUES) {
            t += m.weight;
        }
        TOTAL_WEIGHT = t;
    }

    static Mutation pick(Random r) {
        int x = r.nextInt(TOTAL_WEIGHT);
        for (Mutation m : VALUES) {
            x -= m.weight;
            if (x < 0) {
                return m;
            }
        }
        throw new AssertionError();
    }

    static Mutation byLabel(String label) {
        for (Mutation m : VALUES) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mutator " + label);
    }

    /** The mutators that change a given source (everything but the generators and STACKED itself). */
    static boolean isSimple(Mutation m) {
        return m != STACKED && m != DEEP && m != DEEP_MIXED;
    }

    /** Applies a simple mutator; {@code other} is a second source for splicing. */
    byte[] apply(Random r, byte[] src, byte[] other) {
        return switch (this) {
            case BYTE_FLIP -> Mutators.byteFlip(r, src);
            case BYTE_INSERT -> Mutators.byteInsert(r, src);
            case BYTE_DELETE -> Mutators.byteDelete(r, src);
            case TRUNCATE -> Mutators.truncate(r, src);
            case BRACKET_DELETE -> Mutators.bracketDelete(r, src);
            case BRACKET_INSERT -> Mutators.bracketInsert(r, src);
            case TOKEN_INSERT -> Mutators.tokenInsert(r, src);
            case TOKEN_REPLACE -> Mutators.tokenReplace(r, src);
            case LINE_SPLICE -> Mutators.lineSplice(r, src, other);
            case LINE_SHUFFLE -> Mutators.lineShuffle(r, src);
            case INDENT_CHANGE -> Mutators.indentChange(r, src);
            case NEWLINE_CHANGE -> Mutators.newlineChange(r, src);
            case ENCODING -> Mutators.encoding(r, src);
            case STACKED, DEEP, DEEP_MIXED -> throw new IllegalStateException(label + " is not a simple mutator");
        };
    }
}
