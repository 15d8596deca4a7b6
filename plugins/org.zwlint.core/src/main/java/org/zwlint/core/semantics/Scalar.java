package org.zwlint.core.semantics;

/**
 * A canonical C arithmetic type with its x64 (LLP64) size: "char" 1, "short" 2, "int" and "long"
 * 4, "long long" 8, with "unsigned " in front for the unsigned ones; also "_Bool", "float",
 * "double", "long double".
 */
public record Scalar(String name, int size) implements CType {
    public static final Scalar CHAR = new Scalar("char", 1);
    public static final Scalar SIGNED_CHAR = new Scalar("signed char", 1);
    public static final Scalar UNSIGNED_CHAR = new Scalar("unsigned char", 1);
    public static final Scalar SHORT = new Scalar("short", 2);
    public static final Scalar UNSIGNED_SHORT = new Scalar("unsigned short", 2);
    public static final Scalar INT = new Scalar("int", 4);
    public static final Scalar UNSIGNED_INT = new Scalar("unsigned int", 4);
    public static final Scalar LONG = new Scalar("long", 4);
    public static final Scalar UNSIGNED_LONG = new Scalar("unsigned long", 4);
    public static final Scalar LONG_LONG = new Scalar("long long", 8);
    public static final Scalar UNSIGNED_LONG_LONG = new Scalar("unsigned long long", 8);
    public static final Scalar BOOL = new Scalar("_Bool", 1);
    public static final Scalar FLOAT = new Scalar("float", 4);
    public static final Scalar DOUBLE = new Scalar("double", 8);
    public static final Scalar LONG_DOUBLE = new Scalar("long double", 8);

    public boolean isUnsigned() {
        return name.startsWith("unsigned") || name.equals("_Bool");
    }

    public boolean isFloating() {
        return name.equals("float") || name.endsWith("double");
    }
}
