package org.zwlint.core.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.zwlint.core.rules.RelatedTool;
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.core.rules.RuleRelation;

/**
 * The rule half of a SARIF log: {@code tool.driver} with every rule's descriptor (help in text and
 * Markdown, tags, precision, security-severity, a link to the rule reference) and the taxonomies
 * of PREfast warnings, SDV rules and CodeQL queries the rules relate to, so a team moving from
 * those tools sees what each ZwLint rule stands in for.
 */
final class SarifRules {
    /** Where the rule reference lives; {@code zwlint rules --format markdown} writes it. */
    static final String RULES_PAGE = "/blob/main/docs/rules.md";

    private final ToolInfo tool;
    private final List<RuleDescription> rules;
    /** The related tools in a fixed order, each with the ids of its checks as they first appear. */
    private final Map<RelatedTool, List<String>> taxa = new EnumMap<>(RelatedTool.class);

    SarifRules(ToolInfo tool, List<RuleDescription> rules) {
        this.tool = tool;
        this.rules = rules;
        for (RuleDescription rule : rules) {
            for (RuleRelation relation : rule.relations()) {
                List<String> ids = taxa.computeIfAbsent(relation.tool(), t -> new ArrayList<>());
                if (!ids.contains(relation.id())) {
                    ids.add(relation.id());
                }
            }
        }
    }

    JsonObject toolComponent() {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", tool.name());
        driver.addProperty("version", tool.version());
        driver.addProperty("semanticVersion", semantic(tool.version()));
        driver.addProperty("informationUri", tool.informationUri());
        JsonArray descriptors = new JsonArray();
        rules.forEach(rule -> descriptors.add(descriptor(rule)));
        driver.add("rules", descriptors);
        if (!taxa.isEmpty()) {
            JsonArray supported = new JsonArray();
            int index = 0;
            for (RelatedTool related : taxa.keySet()) {
                supported.add(componentReference(related, index++));
            }
            driver.add("supportedTaxonomies", supported);
        }
        JsonObject component = new JsonObject();
        component.add("driver", driver);
        return component;
    }

    /** {@code run.taxonomies}: one tool component per related tool, its taxa the checks rules name. */
    JsonArray taxonomies() {
        JsonArray taxonomies = new JsonArray();
        for (Map.Entry<RelatedTool, List<String>> entry : taxa.entrySet()) {
            RelatedTool related = entry.getKey();
            JsonObject taxonomy = new JsonObject();
            taxonomy.addProperty("name", related.label());
            taxonomy.addProperty("informationUri", related.informationUri());
            taxonomy.add("shortDescription", SarifText.message(related.description()));
            JsonArray list = new JsonArray();
            for (String id : entry.getValue()) {
                JsonObject taxon = new JsonObject();
                taxon.addProperty("id", id);
                list.add(taxon);
            }
            taxonomy.add("taxa", list);
            taxonomies.add(taxonomy);
        }
        return taxonomies;
    }

    boolean hasTaxonomies() {
        return !taxa.isEmpty();
    }

    private JsonObject descriptor(RuleDescription rule) {
        JsonObject descriptor = new JsonObject();
        descriptor.addProperty("id", rule.id());
        descriptor.addProperty("name", rule.name());
        descriptor.add("shortDescription", SarifText.message(rule.summary()));
        descriptor.add("fullDescription", SarifText.message(rule.help()));
        JsonObject help = SarifText.message(rule.help());
        help.addProperty("markdown", SarifText.markdown(rule.help()));
        descriptor.add("help", help);
        descriptor.addProperty("helpUri", tool.informationUri() + RULES_PAGE + "#" + rule.anchor());
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", rule.severity().label());
        descriptor.add("defaultConfiguration", configuration);
        JsonObject properties = new JsonObject();
        JsonArray tags = new JsonArray();
        rule.tags().forEach(tags::add);
        properties.add("tags", tags);
        properties.addProperty("precision", rule.precision());
        rule.securitySeverity().ifPresent(score -> properties.addProperty("security-severity", score));
        descriptor.add("properties", properties);
        if (!rule.relations().isEmpty()) {
            JsonArray relationships = new JsonArray();
            for (RuleRelation relation : rule.relations()) {
                relationships.add(relationship(relation));
            }
            descriptor.add("relationships", relationships);
        }
        return descriptor;
    }

    private JsonObject relationship(RuleRelation relation) {
        List<RelatedTool> order = new ArrayList<>(taxa.keySet());
        JsonObject target = new JsonObject();
        target.addProperty("id", relation.id());
        target.addProperty("index", taxa.get(relation.tool()).indexOf(relation.id()));
        target.add("toolComponent", componentReference(relation.tool(), order.indexOf(relation.tool())));
        JsonObject relationship = new JsonObject();
        relationship.add("target", target);
        JsonArray kinds = new JsonArray();
        kinds.add(relation.kind());
        relationship.add("kinds", kinds);
        relationship.add("description", SarifText.message(relation.description()));
        return relationship;
    }

    private static JsonObject componentReference(RelatedTool related, int index) {
        JsonObject reference = new JsonObject();
        reference.addProperty("name", related.label());
        reference.addProperty("index", index);
        return reference;
    }

    /** SARIF's semanticVersion has no Maven qualifier: "0.1.0-SNAPSHOT" stays, "unknown" becomes 0.0.0. */
    private static String semantic(String version) {
        return version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?") ? version : "0.0.0-" + version.replaceAll("[^0-9A-Za-z-]", "-");
    }
}
