package org.zwlint.core.rules;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a run, declared in rules.json: each entry names the class that implements it, and
 * the registry creates one instance of each. Adding a rule is a class, a metadata entry and its
 * fixtures; nothing else lists rules.
 */
public final class RuleRegistry {
    private RuleRegistry() {
    }

    public static List<Rule> create(RuleCatalog catalog) {
        List<Rule> rules = new ArrayList<>();
        for (RuleDescription description : catalog.all()) {
            Rule rule = instantiate(description);
            if (!rule.id().equals(description.id())) {
                throw new IllegalStateException("rules.json: " + description.implementation() + " implements "
                        + rule.id() + ", not " + description.id());
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    private static Rule instantiate(RuleDescription description) {
        try {
            Class<?> type = Class.forName(description.implementation(), true, RuleRegistry.class.getClassLoader());
            Object created = type.getDeclaredConstructor().newInstance();
            if (created instanceof Rule rule) {
                return rule;
            }
            throw new IllegalStateException("rules.json: " + description.implementation() + " is not a Rule");
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException invocation && invocation.getCause() != null
                    ? invocation.getCause() : e;
            throw new IllegalStateException("rules.json: cannot create rule " + description.id() + " from "
                    + description.implementation() + ": " + cause, cause);
        }
    }
}
