package org.zwlint.core.model;

import java.util.Optional;

/** The object manager types a handle parameter may refer to; ANY for services that accept every type (NtClose). */
public enum ObjectType {
    ANY("Any"), FILE("File"), KEY("Key"), PROCESS("Process"), THREAD("Thread"), EVENT("Event"), SECTION("Section"),
    TOKEN("Token"), DIRECTORY("Directory"), SYMBOLIC_LINK("SymbolicLink"), TRANSACTION("Transaction"),
    TRANSACTION_MANAGER("TransactionManager"), RESOURCE_MANAGER("ResourceManager"), ENLISTMENT("Enlistment");

    private final String label;

    ObjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean accepts(ObjectType actual) {
        return this == ANY || this == actual;
    }

    public static Optional<ObjectType> parse(String text) {
        for (ObjectType type : values()) {
            if (type.label.equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
